import { act, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { clear } from "idb-keyval";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { ApiError } from "../../api/errors";
import { fakeAlga, ticketId } from "../../testing/fake-alga";
import { renderSignedIn, signIn } from "../../testing/render";
import { outbox } from "../changes/ticket-outbox";
import { PendingChanges } from "./PendingChanges";

beforeEach(async () => {
  await clear();
  await signIn();
});

const pendingList = () => screen.findByRole("region", { name: /Not sent yet/ });

describe("pending changes", () => {
  it("show a comment the server refused with its reason, and put its text back in the composer on 'Back to editing'", async () => {
    const user = userEvent.setup();
    const alga = fakeAlga();
    alga.state.failNext.set(`POST api/v1/tickets/${ticketId}/comments`, [
      new ApiError("validation", { status: 400, message: "Comment text is too long (max 5000 characters)" }),
    ]);
    const backToComposer = vi.fn(async () => undefined);
    renderSignedIn(<PendingChanges ticketId={ticketId} onDiscardComment={backToComposer} />, alga.api);
    await act(() => outbox.enqueue({ kind: "comment", ticketId, text: "Replaced the toner", isInternal: true }, null));

    const pending = await pendingList();
    await within(pending).findByText("Not accepted by the server");
    expect(within(pending).getByRole("alert").textContent).toBe("Comment text is too long (max 5000 characters)");
    expect(within(pending).getByText("Replaced the toner")).toBeTruthy();

    await user.click(within(pending).getByRole("button", { name: "Back to editing" }));
    expect(backToComposer).toHaveBeenCalledWith("Replaced the toner", true);
    await waitFor(() => expect(screen.queryByRole("region", { name: /Not sent yet/ })).toBeNull());
  });

  it("hold a change someone else overtook until the technician applies theirs anyway", async () => {
    const user = userEvent.setup();
    const alga = fakeAlga();
    alga.state.ticket = { ...alga.state.ticket, updated_at: "2026-11-28T11:00:00.000Z", updated_by: "someone-else" };
    renderSignedIn(<PendingChanges ticketId={ticketId} onDiscardComment={async () => undefined} />, alga.api);
    await act(() => outbox.enqueue({ kind: "status", ticketId, statusId: "closed", label: "Closed" }, "2026-11-28T10:00:00.000Z"));

    const pending = await pendingList();
    await within(pending).findByText("Someone else changed this ticket");
    expect(within(pending).getByText("Status → Closed")).toBeTruthy();
    expect(alga.calls.filter((call) => call.method === "PUT")).toEqual([]);

    await user.click(within(pending).getByRole("button", { name: "Apply mine anyway" }));
    await waitFor(() => expect(screen.queryByRole("region", { name: /Not sent yet/ })).toBeNull());
    expect(alga.calls.filter((call) => call.method === "PUT").map((call) => call.body)).toEqual([{ status_id: "closed" }]);
  });

  it("list only this ticket's changes", async () => {
    const alga = fakeAlga();
    alga.state.failNext.set(`POST api/v1/tickets/other-ticket/comments`, [new ApiError("forbidden", { status: 403, message: "No" })]);
    renderSignedIn(<PendingChanges ticketId={ticketId} onDiscardComment={async () => undefined} />, alga.api);
    await act(() => outbox.enqueue({ kind: "comment", ticketId: "other-ticket", text: "Elsewhere", isInternal: true }, null));
    await waitFor(() => expect(alga.calls.some((call) => call.path.includes("other-ticket"))).toBe(true));
    expect(screen.queryByRole("region", { name: /Not sent yet/ })).toBeNull();
  });
});
