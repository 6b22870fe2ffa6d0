import { createRef } from "react";
import { screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { clear } from "idb-keyval";
import { beforeEach, expect, it, vi } from "vitest";
import { fakeAlga, me, ticketId } from "../../testing/fake-alga";
import { renderSignedIn, server } from "../../testing/render";
import { storeSessionFor } from "../../testing/stored-session";
import { CommentComposer } from "./CommentComposer";
import { draftKey, loadDraft } from "./draft-store";

// IndexedDB can fail under the app (WebKit loses its connection after a while in the background): here, reading drafts.
const store = vi.hoisted(() => ({ broken: false }));
vi.mock("idb-keyval", async (original) => {
  const actual = await original<typeof import("idb-keyval")>();
  return {
    ...actual,
    get: (key: IDBValidKey, customStore?: Parameters<typeof actual.get>[1]) =>
      store.broken && String(key).startsWith("alga.draft:")
        ? Promise.reject(new DOMException("Connection to Indexed Database server lost.", "UnknownError"))
        : actual.get(key, customStore),
  };
});

const draft = draftKey(server, me, ticketId);

beforeEach(async () => {
  await clear();
  await storeSessionFor(server, me);
});

it("lets the technician type, and keeps what is typed, when the saved draft cannot be read", async () => {
  const user = userEvent.setup();
  store.broken = true;
  renderSignedIn(
    <CommentComposer ticketId={ticketId} draftKey={draft} contact={null} field={createRef()} onUndone={() => undefined} />,
    fakeAlga().api,
  );
  await user.type(screen.getByRole("textbox", { name: "Comment" }), "Toner replaced");
  store.broken = false;
  await waitFor(async () => expect((await loadDraft(draft))?.text).toBe("Toner replaced"));
});
