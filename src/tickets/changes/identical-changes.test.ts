import { clear } from "idb-keyval";
import { beforeEach, describe, expect, it } from "vitest";
import type { ApiClient } from "../../api/client";
import { ApiError } from "../../api/errors";
import { createOutbox } from "../../offline/outbox";
import { editQueue, outboxKey } from "../../offline/outbox-store";
import { fakeAlga, me, ticketId } from "../../testing/fake-alga";
import { storeSessionFor } from "../../testing/stored-session";
import type { Change, QueuedChange } from "./change";
import { refusalText } from "./refusal-message";
import { ticketChangeSender } from "./send-change";

const server = "https://psa.example.com";

/** A fake server whose `nth` POST to `path` is lost on the way: it never reaches the server. */
function setup(lost?: { path: string; nth: number }) {
  const fake = fakeAlga();
  let posts = 0;
  const api: ApiClient = {
    request(path, options) {
      if (lost && options.method === "POST" && path === lost.path && ++posts === lost.nth) throw new ApiError("network");
      return fake.api.request(path, options);
    },
  };
  const outbox = createOutbox({
    api,
    sender: ticketChangeSender,
    scope: { server, userId: me },
    onSent: () => undefined,
    onChange: () => undefined,
  });
  return { ...fake, outbox };
}

/** Replays until the queue is empty or only refused changes are left, skipping each backoff as the clock would. */
async function drain(outbox: ReturnType<typeof setup>["outbox"]) {
  for (let round = 0; round < 5; round++) {
    await editQueue(outboxKey(server, me), (queue: QueuedChange[]) => queue.map((item) => ({ ...item, nextAttemptAt: 0 })));
    await outbox.replay();
  }
  return outbox.read();
}

const note: Change = { kind: "comment", ticketId, text: "Done.", isInternal: true };
const item: Change = { kind: "checklistAdd", ticketId, itemName: "Replace fan", isRequired: false, seen: 0 };
const call: Change = {
  kind: "interaction",
  ticketId,
  interaction: {
    typeId: "type-call",
    title: "Call with Dana Smith",
    clientId: "client-1",
    contactId: null,
    startTime: "2026-11-28T09:00:00.000Z",
    endTime: "2026-11-28T09:04:00.000Z",
    duration: 4,
    notes: "Walked through the reset.",
  },
};
const entry = (startTime: string): Change => ({
  kind: "timeEntry",
  ticketId,
  entry: { ticketId, serviceId: "s1", startTime, endTime: "2026-11-28T10:00:00.000Z", notes: "", isBillable: true },
});

beforeEach(async () => {
  await clear();
  await storeSessionFor(server, me);
});

describe("two identical changes, the second's first send lost before it reached the server", () => {
  it("two notes with the same text both land", async () => {
    const { outbox, state } = setup({ path: `api/v1/tickets/${ticketId}/comments`, nth: 2 });
    await outbox.enqueue(note, null);
    await outbox.enqueue(note, null);
    expect(await drain(outbox)).toEqual([]);
    expect(state.comments.map((comment) => comment.comment_text)).toEqual(["Done.", "Done."]);
  });

  it("two checklist items with the same name both land", async () => {
    const { outbox, state } = setup({ path: `api/v1/tickets/${ticketId}/checklist`, nth: 2 });
    await outbox.enqueue(item, null);
    await outbox.enqueue(item, null);
    expect(await drain(outbox)).toEqual([]);
    expect(state.checklist.map((row) => row.item_name)).toEqual(["Replace fan", "Replace fan"]);
  });

  it("two identical calls both land: the earlier one is no proof that the second did", async () => {
    const { outbox, state } = setup({ path: "api/v1/interactions", nth: 2 });
    await outbox.enqueue(call, null);
    await outbox.enqueue(call, null);
    expect(await drain(outbox)).toEqual([]);
    expect(state.interactions).toHaveLength(2);
  });

  it("an overlapping time entry is refused with the server's reason, not taken as landed", async () => {
    const { outbox, state } = setup({ path: "api/v1/time-entries", nth: 2 });
    await outbox.enqueue(entry("2026-11-28T09:45:00.000Z"), null);
    await outbox.enqueue(entry("2026-11-28T09:00:00.000Z"), null);
    const left = await drain(outbox);
    expect(state.timeEntries).toHaveLength(1);
    expect(left).toHaveLength(1);
    expect(left[0]?.state).toBe("failed");
    expect(refusalText(left[0]!)).toMatch(/overlaps/i);
  });
});

describe("a change whose answer was lost after it landed", () => {
  it("is found among identical notes that were there before it, and not sent again", async () => {
    const { outbox, state } = setup();
    await outbox.enqueue(note, null);
    await drain(outbox);
    state.dropNextPost = true;
    await outbox.enqueue(note, null);
    expect(await drain(outbox)).toEqual([]);
    expect(state.comments).toHaveLength(2);
  });

  it("a call is found by its own start among identical earlier calls, and not logged again", async () => {
    const { outbox, state, calls } = setup();
    await outbox.enqueue(call, null);
    await drain(outbox);
    state.dropNextPost = true;
    await outbox.enqueue(call, null);
    expect(await drain(outbox)).toEqual([]);
    expect(state.interactions).toHaveLength(2);
    // The look-up asks for this ticket's calls of this type by this user around this call's time.
    expect(calls.find((request) => request.method === "GET" && request.path === "api/v1/interactions")?.query).toMatchObject({
      ticket_id: ticketId,
      type_id: "type-call",
      user_id: me,
      date_from: "2026-11-28T09:03:00.000Z",
      date_to: "2026-11-28T09:05:00.000Z",
    });
  });

  it("a re-sent time entry's 409 counts as landed when its own entry is listed", async () => {
    const { outbox, state } = setup();
    state.dropNextPost = true;
    await outbox.enqueue(entry("2026-11-28T09:00:00.000Z"), null);
    expect(await drain(outbox)).toEqual([]);
    expect(state.timeEntries).toHaveLength(1);
  });

  it("a look-up that fails before the first send leaves the change waiting, not in doubt", async () => {
    const { outbox, state, calls } = setup();
    state.failNext.set(`GET api/v1/tickets/${ticketId}/comments`, [new ApiError("network")]);
    await outbox.enqueue(note, null);
    await outbox.replay();
    const [waiting] = await outbox.read();
    expect(waiting?.state).toBe("pending");
    expect(calls.filter((call) => call.method === "POST")).toHaveLength(0);
    expect(await drain(outbox)).toEqual([]);
    expect(state.comments).toHaveLength(1);
  });
});
