import { describe, expect, it } from "vitest";
import { shownAdditionalAgents } from "./TicketAgents";

const server = {
  ticket_id: "t1",
  primary_agent: { user_id: "p1", first_name: "Taylor", last_name: "Morgan", email: null },
  additional_agents: [{ user_id: "a1", first_name: "Alex", last_name: "Rivera", email: null, role: "support" }],
};

describe("the additional agents a ticket shows", () => {
  it("adds the user's waiting adds, marked, and leaves out waiting removals", () => {
    const shown = shownAdditionalAgents(server, [
      { kind: "agentAdd", ticketId: "t1", userId: "j1", name: "Jordan Lee" },
      { kind: "agentRemove", ticketId: "t1", userId: "a1", name: "Alex Rivera" },
    ]);
    expect(shown).toEqual([{ userId: "j1", name: "Jordan Lee", role: "support", waiting: true }]);
  });

  it("takes each user's latest change: removed then added again shows once", () => {
    const shown = shownAdditionalAgents(server, [
      { kind: "agentRemove", ticketId: "t1", userId: "a1", name: "Alex Rivera" },
      { kind: "agentAdd", ticketId: "t1", userId: "a1", name: "Alex Rivera" },
    ]);
    expect(shown.map((agent) => agent.name)).toEqual(["Alex Rivera"]);
  });
});
