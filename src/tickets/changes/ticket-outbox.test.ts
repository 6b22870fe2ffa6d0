import { clear } from "idb-keyval";
import { beforeEach, describe, expect, it } from "vitest";
import type { ApiClient } from "../../api/client";
import { ApiError } from "../../api/errors";
import { createOutbox } from "../../offline/outbox";
import { storeSessionFor } from "../../testing/stored-session";
import { editQueue, outboxKey } from "../../offline/outbox-store";
import type { Change, QueuedChange } from "./change";
import { ticketChangeSender } from "./send-change";

const me = "user-me";
const ticketId = "ticket-1";

interface Call {
  method: string;
  path: string;
  body?: unknown;
}

/** A fake Alga server behind the ApiClient interface: records calls, answers from a small state. */
function fakeServer() {
  const state = {
    comments: [] as {
      comment_id: string;
      ticket_id: string;
      created_by: string;
      comment_text: string;
      created_at: string;
      is_internal: boolean;
      is_resolution: boolean;
    }[],
    ticket: {
      ticket_id: ticketId,
      updated_at: "2026-11-28T10:00:00.000Z",
      updated_by: me,
      attributes: { description: "desc", watcher_user_ids: ["w1"] } as Record<string, unknown>,
    },
    /** Errors to throw for the next matching calls ("METHOD path"). */
    failNext: new Map<string, ApiError[]>(),
    /** Commit the next POST but lose its answer. */
    dropNextPost: false,
    timeEntries: [] as unknown[],
  };
  const calls: Call[] = [];
  const api: ApiClient = {
    async request(path, options) {
      const method = options.method ?? "GET";
      calls.push({ method, path, body: options.body });
      const failures = state.failNext.get(`${method} ${path}`);
      if (failures?.length) throw failures.shift();
      if (method === "GET" && path.endsWith("/comments")) return { data: [...state.comments].reverse() } as never;
      if (method === "GET") return { data: state.ticket } as never;
      if (method === "POST" && path.endsWith("/comments")) {
        const body = options.body as { comment_text: string; is_internal: boolean };
        state.comments.push({
          comment_id: `c${state.comments.length}`,
          ticket_id: ticketId,
          created_by: me,
          comment_text: body.comment_text,
          created_at: new Date().toISOString(),
          is_internal: body.is_internal,
          is_resolution: false,
        });
        if (state.dropNextPost) {
          state.dropNextPost = false;
          throw new ApiError("network");
        }
        return { data: state.comments.at(-1) } as never;
      }
      if (method === "POST" && path === "api/v1/time-entries") {
        if (state.timeEntries.length > 0)
          throw new ApiError("conflict", { status: 409, message: "Time entry overlaps with existing entry" });
        state.timeEntries.push(options.body);
        if (state.dropNextPost) {
          state.dropNextPost = false;
          throw new ApiError("network");
        }
        return { data: {} } as never;
      }
      return { data: { ticket_id: ticketId } } as never;
    },
  };
  return { api, state, calls };
}

function setup() {
  const server = fakeServer();
  const sent: Change[] = [];
  let queue: QueuedChange[] = [];
  const outbox = createOutbox({
    api: server.api,
    sender: ticketChangeSender,
    scope: { server: "https://psa.example.com", userId: me },
    onSent: (change) => sent.push(change),
    onChange: (next) => {
      queue = next;
    },
  });
  return { ...server, outbox, sent, queue: () => queue };
}

const comment: Change = { kind: "comment", ticketId, text: "Replaced the toner", isInternal: true };
const posts = (calls: Call[]) => calls.filter((call) => call.method === "POST");
const puts = (calls: Call[]) => calls.filter((call) => call.method === "PUT");

beforeEach(async () => {
  await clear();
  await storeSessionFor("https://psa.example.com", me);
});

describe("ticket changes through the outbox", () => {
  it("sends a queued comment once and forgets it", async () => {
    const { outbox, calls, sent, state } = setup();
    await outbox.enqueue(comment, null);
    await outbox.replay();
    expect(posts(calls)).toHaveLength(1);
    expect(state.comments).toHaveLength(1);
    expect(sent).toEqual([comment]);
    expect(await outbox.read()).toEqual([]);
  });

  it("does not send a comment twice when the first answer was lost but the server has it", async () => {
    const { outbox, calls, state } = setup();
    state.dropNextPost = true;
    await outbox.enqueue(comment, null);
    await outbox.replay();
    const [item] = await outbox.read();
    expect(item?.state).toBe("unknown");

    await clearBackoff(outbox);
    await outbox.replay();
    expect(posts(calls)).toHaveLength(1);
    expect(state.comments).toHaveLength(1);
    expect(await outbox.read()).toEqual([]);
  });

  it("re-sends a comment whose send failed before reaching the server", async () => {
    const { outbox, calls, state } = setup();
    state.failNext.set(`POST api/v1/tickets/${ticketId}/comments`, [new ApiError("network")]);
    await outbox.enqueue(comment, null);
    await outbox.replay();
    await clearBackoff(outbox);
    await outbox.replay();
    expect(posts(calls)).toHaveLength(2);
    expect(state.comments).toHaveLength(1);
  });

  it("treats the overlap 409 of a re-sent time entry whose first answer was lost as sent", async () => {
    const { outbox, state } = setup();
    state.dropNextPost = true;
    await outbox.enqueue(
      {
        kind: "timeEntry",
        ticketId,
        entry: {
          ticketId,
          serviceId: "s1",
          startTime: "2026-11-28T09:00:00.000Z",
          endTime: "2026-11-28T10:00:00.000Z",
          notes: "",
          isBillable: true,
        },
      },
      null,
    );
    await outbox.replay();
    await clearBackoff(outbox);
    await outbox.replay();
    expect(state.timeEntries).toHaveLength(1);
    expect(await outbox.read()).toEqual([]);
  });

  it("holds a status change when someone else changed the ticket, and applies it only on the user's word", async () => {
    const { outbox, calls, state } = setup();
    state.ticket = { ...state.ticket, updated_at: "2026-11-28T11:00:00.000Z", updated_by: "someone-else" };
    await outbox.enqueue({ kind: "status", ticketId, statusId: "closed", label: "Closed" }, "2026-11-28T10:00:00.000Z");
    await outbox.replay();
    const [item] = await outbox.read();
    expect(item?.state).toBe("conflict");
    expect(puts(calls)).toHaveLength(0);

    await outbox.retry(item!.id);
    expect(puts(calls)).toEqual([{ method: "PUT", path: `api/v1/tickets/${ticketId}/status`, body: { status_id: "closed" } }]);
  });

  it("does not call the user's own earlier change a conflict", async () => {
    const { outbox, calls, state } = setup();
    state.ticket = { ...state.ticket, updated_at: "2026-11-28T11:00:00.000Z", updated_by: me };
    await outbox.enqueue({ kind: "priority", ticketId, priorityId: "p-high", label: "High" }, "2026-11-28T10:00:00.000Z");
    await outbox.replay();
    expect(puts(calls)).toEqual([{ method: "PUT", path: `api/v1/tickets/${ticketId}`, body: { priority_id: "p-high" } }]);
  });

  it("rebuilds attributes from the fresh ticket, since the server replaces them whole", async () => {
    const { outbox, calls, state } = setup();
    state.ticket.attributes = { description: "desc", watcher_user_ids: ["w1", "w2"], due_date: "2026-12-01T00:00:00.000Z" };
    await outbox.enqueue({ kind: "attributes", ticketId, set: { due_date: null }, label: "Clear due date" }, state.ticket.updated_at);
    await outbox.replay();
    expect(puts(calls)[0]?.body).toEqual({ attributes: { description: "desc", watcher_user_ids: ["w1", "w2"] } });
  });

  it("keeps a refused change with the server's message and holds back later changes of that ticket only", async () => {
    const { outbox, calls, state } = setup();
    state.failNext.set(`POST api/v1/tickets/${ticketId}/comments`, [
      new ApiError("validation", { status: 400, message: "Comment text is too long (max 5000 characters)" }),
    ]);
    await outbox.enqueue(comment, null);
    await outbox.enqueue({ kind: "status", ticketId, statusId: "s2", label: "In Progress" }, null);
    await outbox.enqueue({ kind: "status", ticketId: "ticket-2", statusId: "s3", label: "Done" }, null);
    await outbox.replay();
    const queue = await outbox.read();
    expect(queue.map((item) => [item.change.ticketId, item.state, item.error])).toEqual([
      [ticketId, "failed", "Comment text is too long (max 5000 characters)"],
      [ticketId, "pending", null],
    ]);
    expect(puts(calls).map((call) => call.path)).toEqual(["api/v1/tickets/ticket-2/status"]);

    await outbox.discard(queue[0]!.id);
    await outbox.replay();
    expect(await outbox.read()).toEqual([]);
  });

  it("survives a restart: a change left 'sending' by a closed tab is checked before any re-send", async () => {
    const first = setup();
    first.state.dropNextPost = true;
    await first.outbox.enqueue(comment, null);
    await first.outbox.replay();
    first.outbox.stop();

    // A new outbox over the same IndexedDB, as after a reload, talking to the same server.
    const second = createOutbox({
      api: first.api,
      sender: ticketChangeSender,
      scope: { server: "https://psa.example.com", userId: me },
      onSent: () => undefined,
      onChange: () => undefined,
    });
    await clearBackoff(second);
    await second.replay();
    expect(first.state.comments).toHaveLength(1);
    expect(await second.read()).toEqual([]);
  });
});

/** Skips the backoff wait, as the clock would after a while. */
async function clearBackoff(outbox: { read: () => Promise<QueuedChange[]> }) {
  await editQueue(outboxKey("https://psa.example.com", me), (queue) => queue.map((item) => ({ ...item, nextAttemptAt: 0 })));
  void outbox;
}
