// @vitest-environment jsdom
import { clear, del } from "idb-keyval";
import { beforeEach, describe, expect, it } from "vitest";
import { fileKeys } from "../../lib/file-store";
import { userKeys } from "../../lib/storage-keys";
import { fakeAlga, ticketId } from "../../testing/fake-alga";
import { renderSignedIn, signIn } from "../../testing/render";
import { attachFiles } from "./attach-files";

const notes = () => new File(["fan replaced, dust cleaned"], "notes.txt", { type: "text/plain" });

beforeEach(async () => {
  await clear();
  await signIn();
  renderSignedIn(null, fakeAlga().api);
});

describe("attaching files", () => {
  it("stores nothing once the account was signed out in another tab", async () => {
    await del(userKeys.session);
    await expect(attachFiles(ticketId, [notes()], null)).rejects.toThrow();
    expect(await fileKeys()).toEqual([]);
  });
});
