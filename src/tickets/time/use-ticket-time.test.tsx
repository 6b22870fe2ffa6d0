import { clear } from "idb-keyval";
import { screen } from "@testing-library/react";
import { beforeEach, describe, expect, it } from "vitest";
import { fakeAlga } from "../../testing/fake-alga";
import { renderSignedIn, signIn } from "../../testing/render";
import { useTicketTime } from "./use-ticket-time";

function TimeStatus({ ticketId }: { ticketId: string }) {
  const { summary, rows } = useTicketTime(ticketId);
  return <p>{summary.isSuccess ? `${rows.length} entries` : "loading"}</p>;
}

beforeEach(async () => {
  await clear();
  await signIn();
});

describe("a ticket's time", () => {
  it("asks nothing of the server for a ticket not created yet", async () => {
    const { api, calls } = fakeAlga();
    renderSignedIn(<TimeStatus ticketId="new-4430a051" />, api);
    expect(await screen.findByText("0 entries")).toBeTruthy();
    expect(calls.filter((call) => call.path.includes("new-"))).toEqual([]);
  });
});
