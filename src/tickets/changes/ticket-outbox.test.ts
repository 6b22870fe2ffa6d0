import { clear, del } from "idb-keyval";
import { beforeEach, describe, expect, it } from "vitest";
import type { ApiClient } from "../../api/client";
import { ApiError } from "../../api/errors";
import { userKeys } from "../../lib/storage-keys";
import { createOutbox } from "../../offline/outbox";
import { fakeAlga, me, ticketId, type Call } from "../../testing/fake-alga";
import { storeSessionFor } from "../../testing/stored-session";
import { editQueue, outboxKey } from "../../offline/outbox-store";
import type { Change, QueuedChange } from "./change";
import { ticketChangeSender } from "./send-change";

function setup({ online = (): boolean => true } = {}) {
  const server = fakeAlga();
  const sent: Change[] = [];
  let queue: QueuedChange[] = [];
  const outbox = createOutbox({
    api: server.api,
    sender: ticketChangeSender,
    scope: { server: "https://psa.example.com", userId: me },
    onSent: (item) => sent.push(item.change),
    onChange: (next) => {
      queue = next;
    },
    isOnline: online,
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
    state.otherTickets.push({ ...state.ticket, ticket_id: "ticket-2" });
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

  it("keeps a refused change with the server's message and holds back only the changes that depend on it", async () => {
    const { outbox, calls, state } = setup();
    state.otherTickets.push({ ...state.ticket, ticket_id: "ticket-2" });
    state.failNext.set(`POST api/v1/tickets/${ticketId}/comments`, [
      new ApiError("validation", { status: 400, message: "Comment text is too long (max 5000 characters)" }),
    ]);
    await outbox.enqueue(comment, null);
    await outbox.enqueue({ ...comment, text: "Second note" }, null);
    await outbox.enqueue({ kind: "status", ticketId, statusId: "s2", label: "In Progress" }, null);
    await outbox.enqueue({ kind: "status", ticketId: "ticket-2", statusId: "s3", label: "Done" }, null);
    await outbox.replay();
    const queue = await outbox.read();
    expect(queue.map((item) => [item.change.kind, item.state, item.error])).toEqual([
      ["comment", "failed", "Comment text is too long (max 5000 characters)"],
      ["comment", "pending", null],
    ]);
    expect(puts(calls).map((call) => call.path)).toEqual([`api/v1/tickets/${ticketId}/status`, "api/v1/tickets/ticket-2/status"]);

    await outbox.discard(queue[0]!.id);
    await outbox.replay();
    expect(await outbox.read()).toEqual([]);
  });

  it("undoes a change held for undo before it is sent, and refuses to undo one already sent", async () => {
    const { outbox, calls } = setup();
    const held = await outbox.enqueue(comment, null, { holdMs: 60_000 });
    await outbox.replay();
    expect(posts(calls)).toHaveLength(0);
    expect((await outbox.cancel(held))?.change).toEqual(comment);
    expect(await outbox.read()).toEqual([]);

    const sent = await outbox.enqueue(comment, null);
    await outbox.replay();
    expect(posts(calls)).toHaveLength(1);
    expect(await outbox.cancel(sent)).toBeNull();
  });

  it("sends at once when the network comes back, instead of waiting out the backoff of a failed try", async () => {
    const { outbox, state } = setup();
    state.failNext.set(`POST api/v1/tickets/${ticketId}/comments`, [new ApiError("network")]);
    await outbox.enqueue(comment, null);
    await outbox.replay();
    expect(state.comments).toHaveLength(0);

    await outbox.replay();
    expect(state.comments).toHaveLength(0);
    await outbox.replay({ retryNow: true });
    expect(state.comments).toHaveLength(1);
  });

  it("keeps the Undo hold when the network comes back", async () => {
    const { outbox, calls } = setup();
    await outbox.enqueue(comment, null, { holdMs: 60_000 });
    await outbox.replay({ retryNow: true });
    expect(posts(calls)).toHaveLength(0);
  });

  it("does not try to send while the device has no network, so nothing is pushed into a long backoff", async () => {
    let online = false;
    const { outbox, calls, state } = setup({ online: () => online });
    await outbox.enqueue(comment, null);
    await outbox.replay();
    expect(calls).toHaveLength(0);
    expect((await outbox.read())[0]).toMatchObject({ state: "pending", attempts: 0 });

    online = true;
    await outbox.replay({ retryNow: true });
    expect(state.comments).toHaveLength(1);
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

  it("refuses a change queued after its user signed out (in any tab), so nothing counts on it", async () => {
    const { outbox, calls } = setup();
    await del(userKeys.session);
    await expect(outbox.enqueue(comment, null)).rejects.toThrow();
    await storeSessionFor("https://psa.example.com", me);
    expect(await outbox.read()).toEqual([]);
    await outbox.replay();
    expect(posts(calls)).toEqual([]);
  });

  const newTicket: Change = {
    kind: "createTicket",
    ticketId: "new-1",
    ticket: {
      title: "Printer offline",
      description: "",
      client: { id: "client-1", name: "Acme" },
      board: { id: "board-1", name: "Support" },
      status: { id: "s-open", name: "Open" },
      priority: { id: "p-high", name: "High" },
      contact: null,
      location: null,
      category: null,
      assignee: null,
    },
  };

  it.each([
    ["a comment", comment],
    ["a new ticket", newTicket],
  ])("tells nothing once stopped, though the send of %s in flight ends after (an account switch)", async (_, change) => {
    const alga = fakeAlga();
    let reach = () => undefined as void;
    const reached = new Promise<void>((resolve) => (reach = resolve));
    let answer = () => undefined as void;
    const answered = new Promise<void>((resolve) => (answer = resolve));
    const api: ApiClient = {
      async request(path, options) {
        if (options.method === "POST") {
          reach();
          await answered;
        }
        return alga.api.request(path, options);
      },
    };
    const told: string[] = [];
    const outbox = createOutbox({
      api,
      sender: ticketChangeSender,
      scope: { server: "https://psa.example.com", userId: me },
      onSent: () => told.push("sent"),
      onChange: () => told.push("queue changed"),
      onCreated: () => told.push("created"),
    });
    await outbox.enqueue(change, null);
    const replaying = outbox.replay();
    await reached;
    outbox.stop();
    told.length = 0;
    // Another user signs in on this device while the answer is on its way.
    await storeSessionFor("https://psa.example.com", "someone-else");
    answer();
    await replaying;
    expect(alga.calls.filter((call) => call.method === "POST")).toHaveLength(1);
    expect(told).toEqual([]);
  });
});

/** Skips the backoff wait, as the clock would after a while. */
async function clearBackoff(outbox: { read: () => Promise<QueuedChange[]> }) {
  await editQueue(outboxKey("https://psa.example.com", me), (queue) => queue.map((item) => ({ ...item, nextAttemptAt: 0 })));
  void outbox;
}
