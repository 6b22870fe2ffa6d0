import { screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { clear } from "idb-keyval";
import { createRef } from "react";
import { beforeEach, describe, expect, it } from "vitest";
import { fakeServer, me, ticketId } from "../../testing/fake-server";
import { renderSignedIn, server, signIn } from "../../testing/render";
import { useOutboxQueue } from "../changes/ticket-outbox";
import { CommentComposer } from "./CommentComposer";
import { draftKey, loadDraft } from "./draft-store";

const draft = draftKey(server, me, ticketId);

/** The composer, and the outbox's queue as the pending-changes list would show it. */
function Composer() {
  const queue = useOutboxQueue();
  return (
    <>
      <CommentComposer ticketId={ticketId} draftKey={draft} scope={`${server}:${me}`} field={createRef()} onUndone={() => undefined} />
      <ul aria-label="Queued">
        {queue.map((item) => (
          <li key={item.id}>
            {item.change.kind === "comment" ? `${item.change.isInternal ? "internal" : "public"}: ${item.change.text}` : ""}
          </li>
        ))}
      </ul>
    </>
  );
}

const queued = () => screen.getByRole("list", { name: "Queued" }).textContent;
const field = () => screen.getByRole<HTMLTextAreaElement>("textbox", { name: "Comment" });

beforeEach(async () => {
  await clear();
  localStorage.clear();
  await signIn();
});

describe("comment composer", () => {
  it("keeps what is typed as a draft that comes back after a reload", async () => {
    const user = userEvent.setup();
    const first = renderSignedIn(<Composer />, fakeServer().api);
    await user.type(field(), "Toner replaced");
    await waitFor(async () => expect((await loadDraft(draft))?.text).toBe("Toner replaced"));
    first.unmount();

    renderSignedIn(<Composer />, fakeServer().api);
    await waitFor(() => expect(field().value).toBe("Toner replaced"));
  });

  it("queues a trimmed internal note and empties the field and the draft", async () => {
    const user = userEvent.setup();
    renderSignedIn(<Composer />, fakeServer().api);
    await user.type(field(), "  Swapped the fuser  ");
    await user.click(screen.getByRole("button", { name: "Send internal note" }));

    await waitFor(() => expect(queued()).toBe("internal: Swapped the fuser"));
    await waitFor(() => expect(field().value).toBe(""));
    expect(await loadDraft(draft)).toBeNull();
  });

  it("queues a public reply once the technician chooses it, and remembers that choice", async () => {
    const user = userEvent.setup();
    const first = renderSignedIn(<Composer />, fakeServer().api);
    await user.click(screen.getByRole("radio", { name: "Public" }));
    await user.type(field(), "On my way");
    await user.click(screen.getByRole("button", { name: "Send public reply" }));
    await waitFor(() => expect(queued()).toBe("public: On my way"));
    first.unmount();

    renderSignedIn(<Composer />, fakeServer().api);
    expect(screen.getByRole<HTMLInputElement>("radio", { name: "Public" }).checked).toBe(true);
  });

  it("will not send a comment over the server's limit and says by how much", async () => {
    const user = userEvent.setup();
    renderSignedIn(<Composer />, fakeServer().api);
    await user.click(field());
    await user.paste("x".repeat(5003));
    expect(screen.getByText("3 characters over the 5000 limit")).toBeTruthy();
    expect(screen.getByRole<HTMLButtonElement>("button", { name: "Send internal note" }).disabled).toBe(true);
  });

  it("does not send an empty comment", async () => {
    const user = userEvent.setup();
    renderSignedIn(<Composer />, fakeServer().api);
    await user.type(field(), "   ");
    expect(screen.getByRole<HTMLButtonElement>("button", { name: "Send internal note" }).disabled).toBe(true);
  });
});
