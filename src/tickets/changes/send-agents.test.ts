import { describe, expect, it } from "vitest";
import { ApiError } from "../../api/errors";
import { fakeAlga } from "../../testing/fake-alga";
import type { Change, QueuedChange } from "./change";
import { sendChange } from "./send-change";
import { queuedChange } from "./queued-change-for-tests";

const queued = (change: Change, state: QueuedChange["state"] = "pending") => queuedChange(change, { state });

const person = (userId: string) => ({ user_id: userId, first_name: "Alex", last_name: "Rivera", email: "alex@example.com" });
const agents = (additional: string[], primary: string | null = "p1") => ({
  data: {
    ticket_id: "t1",
    primary_agent: primary ? person(primary) : null,
    additional_agents: additional.map((userId) => ({ ...person(userId), role: "support", assigned_at: "2026-12-01T09:00:00.000Z" })),
  },
});
const add: Change = { kind: "agentAdd", ticketId: "t1", userId: "a1", name: "Alex Rivera" };
const remove: Change = { kind: "agentRemove", ticketId: "t1", userId: "a1", name: "Alex Rivera" };

describe("additional agents reach the server once", () => {
  it("adds with a single POST on a first send", async () => {
    const { api, calls } = fakeAlga(agents(["a1"]));
    expect(await sendChange(api, queued(add), "u1", {})).toBe("sent");
    expect(calls.map((call) => `${call.method} ${call.path}`)).toEqual(["POST api/v1/tickets/t1/agents"]);
    expect(calls[0]?.body).toEqual({ user_id: "a1" });
  });

  it("after a lost answer, looks the agents up and sends nothing when the add landed", async () => {
    const { api, calls } = fakeAlga(agents(["a1"]));
    expect(await sendChange(api, queued(add, "unknown"), "u1", {})).toBe("sent");
    expect(calls.map((call) => call.method)).toEqual(["GET"]);
  });

  it("after a lost answer on a ticket without a primary, finds the user made primary", async () => {
    const { api, calls } = fakeAlga(agents([], "a1"));
    expect(await sendChange(api, queued(add, "unknown"), "u1", {})).toBe("sent");
    expect(calls.map((call) => call.method)).toEqual(["GET"]);
  });

  it("after a lost answer that did not land, adds once", async () => {
    const { api, calls } = fakeAlga(agents([]), agents(["a1"]));
    expect(await sendChange(api, queued(add, "unknown"), "u1", {})).toBe("sent");
    expect(calls.map((call) => call.method)).toEqual(["GET", "POST"]);
  });

  it("counts a 409 'already an additional agent' as done", async () => {
    const { api } = fakeAlga(new ApiError("conflict", { status: 409, message: "User is already an additional agent on this ticket" }));
    expect(await sendChange(api, queued(add), "u1", {})).toBe("sent");
  });

  it("removes with one DELETE; a 404 counts as done while the ticket is there and the agent is not", async () => {
    const first = fakeAlga({});
    expect(await sendChange(first.api, queued(remove), "u1", {})).toBe("sent");
    expect(first.calls.map((call) => `${call.method} ${call.path}`)).toEqual(["DELETE api/v1/tickets/t1/agents/a1"]);
    const lost = fakeAlga(new ApiError("not_found", { status: 404 }), agents([]));
    expect(await sendChange(lost.api, queued(remove), "u1", {})).toBe("sent");
  });

  it("a 404 for a ticket that is gone is refused, not taken as done", async () => {
    const gone = new ApiError("not_found", { status: 404, message: "ticket not found" });
    const { api } = fakeAlga(gone, gone);
    await expect(sendChange(api, queued(remove), "u1", {})).rejects.toBe(gone);
  });
});
