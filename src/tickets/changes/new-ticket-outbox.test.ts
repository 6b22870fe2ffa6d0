import { clear } from "idb-keyval";
import { beforeEach, describe, expect, it } from "vitest";
import type { ApiClient } from "../../api/client";
import { ApiError } from "../../api/errors";
import { userKeys } from "../../lib/storage-keys";
import { readCreatedIds } from "../../offline/created-ids";
import { createOutbox } from "../../offline/outbox";
import { editQueue, outboxKey } from "../../offline/outbox-store";
import { storeSessionFor } from "../../testing/stored-session";
import type { Change, QueuedChange } from "./change";
import type { NewTicketChoices } from "./new-ticket";
import { refusalText } from "./refusal-message";
import { ticketChangeSender } from "./send-change";

const server = "https://psa.example.com";
const me = "user-me";

interface Row {
  ticket_id: string;
  title: string;
  client_id: string;
  board_id: string;
  entered_by: string;
  entered_at: string;
  attributes: Record<string, unknown> | null;
}

/** A server that creates tickets and takes comments; it can lose the answer of the next create, or refuse it. */
function fakeTicketServer() {
  const state = {
    tickets: [] as Row[],
    comments: [] as { path: string; text: string }[],
    offline: false,
    dropNextCreate: false,
    refuseNextCreate: false,
  };
  /** The calls that reached the server. */
  const calls: string[] = [];
  const api: ApiClient = {
    async request(path, options) {
      const method = options.method ?? "GET";
      if (state.offline) throw new ApiError("network");
      calls.push(`${method} ${path}`);
      if (method === "POST" && path === "api/v1/tickets") {
        if (state.refuseNextCreate) {
          state.refuseNextCreate = false;
          throw new ApiError("validation", {
            status: 400,
            message: "Validation failed",
            details: [{ path: ["location_id"], message: "Invalid location: Location does not belong to the selected client" }],
          });
        }
        const body = options.body as Record<string, unknown>;
        const row: Row = {
          ticket_id: `real-${state.tickets.length + 1}`,
          title: body.title as string,
          client_id: body.client_id as string,
          board_id: body.board_id as string,
          entered_by: me,
          entered_at: new Date().toISOString(),
          attributes: (body.attributes as Record<string, unknown> | undefined) ?? null,
        };
        state.tickets.push(row);
        if (state.dropNextCreate) {
          state.dropNextCreate = false;
          throw new ApiError("network");
        }
        return options.schema.parse({ data: { ...row, ticket_number: `TIC00${state.tickets.length}` } });
      }
      if (method === "GET" && path === "api/v1/tickets") {
        const query = options.query as Record<string, string>;
        const rows = state.tickets.filter((row) => row.client_id === query.client_id && row.entered_by === query.entered_by);
        return options.schema.parse({
          data: rows,
          pagination: { page: 1, limit: 100, total: rows.length, totalPages: 1, hasNext: false, hasPrev: false },
        });
      }
      if (method === "GET" && path.endsWith("/comments")) return options.schema.parse({ data: [] });
      if (method === "POST" && path.endsWith("/comments")) {
        state.comments.push({ path, text: (options.body as { comment_text: string }).comment_text });
        // The answer is not what this test is about: the fake client does not parse it.
        return { data: {} } as never;
      }
      throw new Error(`unexpected ${method} ${path}`);
    },
  };
  return { api, state, calls };
}

function setup() {
  const fake = fakeTicketServer();
  const created: [string, string][] = [];
  const outbox = createOutbox({
    api: fake.api,
    sender: ticketChangeSender,
    scope: { server, userId: me },
    onSent: () => undefined,
    onChange: () => undefined,
    onCreated: (temporaryId, realId) => created.push([temporaryId, realId]),
  });
  return { ...fake, outbox, created };
}

const choices = (title: string): NewTicketChoices => ({
  title,
  description: "Paper jam on floor 2",
  client: { id: "client-1", name: "Acme" },
  board: { id: "board-1", name: "Service Desk" },
  status: { id: "status-1", name: "New" },
  priority: { id: "priority-1", name: "High" },
  contact: null,
  location: { id: "location-1", name: "HQ" },
  category: null,
  assignee: { id: me, name: "Me" },
});

const create = (ticketId: string, title = "Printer offline"): Change => ({ kind: "createTicket", ticketId, ticket: choices(title) });
const note = (ticketId: string, text = "Checked the cable"): Change => ({ kind: "comment", ticketId, text, isInternal: true });
const creates = (calls: string[]) => calls.filter((call) => call === "POST api/v1/tickets");

/** Skips the backoff wait, as the clock would after a while. */
async function clearBackoff() {
  await editQueue(outboxKey(server, me), (queue: QueuedChange[]) => queue.map((item) => ({ ...item, nextAttemptAt: 0 })));
}

beforeEach(async () => {
  await clear();
  await storeSessionFor(server, me);
});

describe("a ticket created through the outbox", () => {
  it("is created once, and a note written on it before it existed lands on the real ticket", async () => {
    const { outbox, state, calls, created } = setup();
    state.offline = true;
    await outbox.enqueue(create("new-1"), null);
    await outbox.enqueue(note("new-1"), null);
    await outbox.replay();
    expect(state.tickets).toHaveLength(0);

    state.offline = false;
    await clearBackoff();
    await outbox.replay();
    expect(creates(calls)).toHaveLength(1);
    expect(state.comments).toEqual([{ path: "api/v1/tickets/real-1/comments", text: "Checked the cable" }]);
    expect(created).toEqual([["new-1", "real-1"]]);
    expect(await readCreatedIds(userKeys.createdTickets(server, me))).toEqual({ "new-1": "real-1" });
    expect(await outbox.read()).toEqual([]);
  });

  it("rewrites the waiting changes of the ticket in the stored queue as soon as it is created", async () => {
    const { outbox, state } = setup();
    await outbox.enqueue(create("new-1"), null);
    // Held back by the Undo window, so it is still queued when the create is delivered.
    await outbox.enqueue(note("new-1"), null, { holdMs: 60_000 });
    await outbox.replay();
    expect(state.tickets).toHaveLength(1);
    const [waiting] = await outbox.read();
    expect(waiting?.change).toEqual(note("real-1"));
  });

  it("sends a change queued with the temporary id after the ticket was created to the real ticket", async () => {
    const { outbox, state } = setup();
    await outbox.enqueue(create("new-1"), null);
    await outbox.replay();
    await outbox.enqueue(note("new-1"), null);
    await outbox.replay();
    expect(state.comments.map((comment) => comment.path)).toEqual(["api/v1/tickets/real-1/comments"]);
  });

  it("after a lost answer, finds the ticket on the server instead of creating it again", async () => {
    const { outbox, state, calls } = setup();
    state.dropNextCreate = true;
    await outbox.enqueue(create("new-1"), null);
    await outbox.enqueue(note("new-1"), null);
    await outbox.replay();
    expect((await outbox.read())[0]?.state).toBe("unknown");
    expect(state.comments).toHaveLength(0);

    await clearBackoff();
    await outbox.replay();
    expect(creates(calls)).toHaveLength(1);
    expect(state.tickets).toHaveLength(1);
    expect(state.comments.map((comment) => comment.path)).toEqual(["api/v1/tickets/real-1/comments"]);
  });

  it("never takes a look-alike ticket created before for the one whose answer was lost", async () => {
    const { outbox, state } = setup();
    await outbox.enqueue(create("new-1"), null);
    await outbox.replay();
    // The same title for the same client again (a second printer), and this time the answer is lost.
    state.dropNextCreate = true;
    await outbox.enqueue(create("new-2"), null);
    await outbox.replay();
    await clearBackoff();
    await outbox.replay();
    expect(state.tickets.map((row) => row.ticket_id)).toEqual(["real-1", "real-2"]);
    expect(await readCreatedIds(userKeys.createdTickets(server, me))).toEqual({ "new-1": "real-1", "new-2": "real-2" });
  });

  it("after a lost answer, takes the ticket its request marker names, not the user's look-alike from another device", async () => {
    const { outbox, state } = setup();
    // The same user entered the same ticket on another device a moment ago.
    const body = { title: "Printer offline", client_id: "client-1", board_id: "board-1", entered_by: me };
    state.tickets.push({
      ...body,
      ticket_id: "other-device",
      entered_at: new Date().toISOString(),
      attributes: { description: "Paper jam on floor 2" },
    });
    state.dropNextCreate = true;
    await outbox.enqueue(create("new-1"), null);
    await outbox.enqueue(note("new-1"), null);
    await outbox.replay();
    await clearBackoff();
    await outbox.replay();
    expect(await readCreatedIds(userKeys.createdTickets(server, me))).toEqual({ "new-1": "real-2" });
    expect(state.comments.map((comment) => comment.path)).toEqual(["api/v1/tickets/real-2/comments"]);
  });

  it("creates it again when the lost answer hid a failure (nothing on the server)", async () => {
    const { outbox, state, calls } = setup();
    await outbox.enqueue(create("new-1"), null);
    await editQueue(outboxKey(server, me), (queue: QueuedChange[]) => queue.map((item) => ({ ...item, state: "unknown" as const })));
    await outbox.replay();
    expect(creates(calls)).toHaveLength(1);
    expect(state.tickets).toHaveLength(1);
  });

  it("keeps a refused create with the server's field details, holds its notes back, and sends the corrected one", async () => {
    const { outbox, state } = setup();
    state.refuseNextCreate = true;
    const id = await outbox.enqueue(create("new-1"), null);
    await outbox.enqueue(note("new-1"), null);
    await outbox.replay();
    const [refused, waiting] = await outbox.read();
    expect(refused?.state).toBe("failed");
    expect(refusalText(refused!)).toContain("Invalid location");
    expect(refused?.errorDetails).toEqual([
      { path: ["location_id"], message: "Invalid location: Location does not belong to the selected client" },
    ]);
    expect(waiting?.state).toBe("pending");
    expect(state.comments).toHaveLength(0);

    await outbox.revise(id, { kind: "createTicket", ticketId: "new-1", ticket: { ...choices("Printer offline"), location: null } });
    expect(state.tickets).toHaveLength(1);
    expect(state.comments.map((comment) => comment.path)).toEqual(["api/v1/tickets/real-1/comments"]);
  });

  it("refuses a note whose new ticket was discarded, rather than sending it with the temporary id", async () => {
    const { outbox, calls } = setup();
    await outbox.enqueue(note("new-gone"), null);
    await outbox.replay();
    const [item] = await outbox.read();
    expect(item?.state).toBe("failed");
    expect(refusalText(item!)).toMatch(/discarded/);
    expect(calls).toEqual([]);
  });
});
