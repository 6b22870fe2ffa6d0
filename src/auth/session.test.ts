// @vitest-environment jsdom
import { clear } from "idb-keyval";
import { afterEach, describe, expect, it, vi } from "vitest";
import { restoreSession } from "./session";

afterEach(() => vi.restoreAllMocks());

describe("restoring the session", () => {
  it("follows focus and other tabs once, however often it is called", async () => {
    await clear();
    const onWindow = vi.spyOn(window, "addEventListener");
    const onDocument = vi.spyOn(document, "addEventListener");
    for (let call = 0; call < 3; call++) await restoreSession();
    expect(onWindow.mock.calls.filter(([type]) => type === "focus").length).toBe(1);
    expect(onDocument.mock.calls.filter(([type]) => type === "visibilitychange").length).toBe(1);
  });
});
