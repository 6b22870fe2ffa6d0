import { createRef } from "react";
import { fireEvent, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { clear } from "idb-keyval";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { fakeAlga, me, ticketId } from "../../testing/fake-alga";
import { renderSignedIn, server } from "../../testing/render";
import { storeSessionFor } from "../../testing/stored-session";
import { CommentComposer } from "./CommentComposer";
import { draftKey, loadDraft } from "./draft-store";
import { UNDO_WINDOW_MS } from "../changes/use-queue-change";
import { fromLocalInput, toLocalInput } from "../../lib/local-time";
import { setUserTimeZone } from "../../lib/user-locale";
import { restoreSession } from "../../auth/session";

const draft = draftKey(server, me, ticketId);
const composer = <CommentComposer ticketId={ticketId} draftKey={draft} contact={null} field={createRef()} onUndone={() => undefined} />;

beforeEach(async () => {
  await clear();
  localStorage.clear();
  await storeSessionFor(server, me);
});
afterEach(() => {
  vi.useRealTimers();
  setUserTimeZone(null);
});

/**
 * A clock the test moves past the undo window instead of waiting it out; the rest of the time still runs
 * (IndexedDB, Testing Library's polling), so only the outbox's hold is skipped.
 */
function skippableUndoWindow() {
  vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout", "Date"], shouldAdvanceTime: true });
  return {
    user: userEvent.setup({ advanceTimers: vi.advanceTimersByTime }),
    passUndoWindow: () => vi.advanceTimersByTimeAsync(UNDO_WINDOW_MS),
  };
}

describe("comment composer", () => {
  it("keeps what is typed as a draft that comes back after a reload", async () => {
    const user = userEvent.setup();
    const first = renderSignedIn(composer, fakeAlga().api);
    await user.type(await screen.findByRole("textbox", { name: "Comment" }), "Toner replaced");
    await waitFor(async () => expect((await loadDraft(draft))?.text).toBe("Toner replaced"));
    first.unmount();

    renderSignedIn(composer, fakeAlga().api);
    await waitFor(() => expect(screen.getByRole<HTMLTextAreaElement>("textbox", { name: "Comment" }).value).toBe("Toner replaced"));
  });

  it("sends an internal note through the outbox and empties the field and the draft", async () => {
    const { user, passUndoWindow } = skippableUndoWindow();
    const alga = fakeAlga();
    renderSignedIn(composer, alga.api);
    await user.type(await screen.findByRole("textbox", { name: "Comment" }), "  Swapped the fuser  ");
    await user.click(screen.getByRole("button", { name: "Send internal note" }));

    await waitFor(() => expect(screen.getByRole<HTMLTextAreaElement>("textbox", { name: "Comment" }).value).toBe(""));
    await passUndoWindow();
    await waitFor(() =>
      expect(alga.state.comments.map((comment) => [comment.comment_text, comment.is_internal])).toEqual([["Swapped the fuser", true]]),
    );
    expect(await loadDraft(draft)).toBeNull();
  });

  it("sends a public reply once the technician chooses it, and starts the next comment internal", async () => {
    const { user, passUndoWindow } = skippableUndoWindow();
    const alga = fakeAlga();
    const first = renderSignedIn(composer, alga.api);
    await user.click(screen.getByRole("radio", { name: "Public" }));
    await user.type(screen.getByRole("textbox", { name: "Comment" }), "On my way");
    await user.click(screen.getByRole("button", { name: "Send public reply" }));
    // Sent after the undo window.
    await passUndoWindow();
    await waitFor(() => expect(alga.state.comments.map((comment) => comment.is_internal)).toEqual([false]));
    first.unmount();

    renderSignedIn(composer, alga.api);
    expect(screen.getByRole<HTMLInputElement>("radio", { name: "Internal" }).checked).toBe(true);
  });

  it("will not send a comment over the server's limit and says by how much", async () => {
    const user = userEvent.setup();
    renderSignedIn(composer, fakeAlga().api);
    const field = await screen.findByRole("textbox", { name: "Comment" });
    await user.click(field);
    await user.paste("x".repeat(5003));
    expect(screen.getByText("3 characters over the 5,000 limit")).toBeTruthy();
    expect(screen.getByRole<HTMLButtonElement>("button", { name: "Send internal note" }).disabled).toBe(true);
  });

  it("does not send an empty comment", async () => {
    const user = userEvent.setup();
    renderSignedIn(composer, fakeAlga().api);
    await user.type(await screen.findByRole("textbox", { name: "Comment" }), "   ");
    expect(screen.getByRole<HTMLButtonElement>("button", { name: "Send internal note" }).disabled).toBe(true);
  });
});

describe("comment composer on a newer or an older server", () => {
  // What the server supports is kept per signed-in account.
  beforeEach(() => restoreSession());
  const probed = (alga: ReturnType<typeof fakeAlga>) =>
    waitFor(() => expect(alga.calls.some((call) => call.method === "DELETE" && call.path.endsWith("/schedule"))).toBe(true));

  it("offers Cc/Bcc and Send later on a public reply only, and sends them once the probe said yes", async () => {
    setUserTimeZone("UTC");
    const { user, passUndoWindow } = skippableUndoWindow();
    const alga = fakeAlga();
    alga.state.newerServer = true;
    renderSignedIn(composer, alga.api);
    await probed(alga);
    expect(screen.queryByRole("button", { name: "Cc/Bcc" })).toBeNull();
    await user.click(screen.getByRole("radio", { name: "Public" }));
    await user.click(await screen.findByRole("button", { name: "Cc/Bcc" }));
    await user.type(screen.getByRole("textbox", { name: "Cc" }), "boss@example.com, nobody");
    await user.click(screen.getByRole("button", { name: "Send later" }));
    const when = screen.getByLabelText("Send on (time zone UTC)");
    await user.type(screen.getByRole("textbox", { name: "Comment" }), "Back on Monday");
    fireEvent.change(when, { target: { value: toLocalInput(Date.now() - 60_000) } });
    await user.click(screen.getByRole("button", { name: "Send public reply" }));
    expect(screen.getByRole("alert").textContent).toBe("“nobody” is not an e-mail address.");
    await user.clear(screen.getByRole("textbox", { name: "Cc" }));
    await user.type(screen.getByRole("textbox", { name: "Cc" }), "boss@example.com");
    await user.click(screen.getByRole("button", { name: "Send public reply" }));
    expect(screen.getByRole("alert").textContent).toBe("That time has already passed. Pick a later one.");

    const later = toLocalInput(Date.now() + 3_600_000);
    fireEvent.change(when, { target: { value: later } });
    await user.click(screen.getByRole("button", { name: "Send public reply" }));
    await passUndoWindow();
    await waitFor(() => expect(alga.state.comments.map((comment) => comment.publish_state)).toEqual(["scheduled"]));
    const post = alga.calls.find((call) => call.method === "POST" && call.path.endsWith("/comments"));
    expect(post?.body).toMatchObject({
      cc: ["boss@example.com"],
      scheduled_publish_at: new Date(fromLocalInput(later)!).toISOString(),
      scheduled_publish_tz: "UTC",
    });
  });

  it("offers none of it on an older server", async () => {
    const user = userEvent.setup();
    const alga = fakeAlga();
    renderSignedIn(composer, alga.api);
    await probed(alga);
    await user.click(await screen.findByRole("radio", { name: "Public" }));
    expect(screen.getByRole("button", { name: "Saved replies" })).toBeTruthy();
    expect(screen.queryByRole("button", { name: "Cc/Bcc" })).toBeNull();
    expect(screen.queryByRole("button", { name: "Send later" })).toBeNull();
  });
});
