import { describe, expect, it } from "vitest";
import { replaceId } from "./created-ids";

describe("replaceId", () => {
  it("replaces the id wherever a change holds it, and only exact matches", () => {
    const change = { kind: "timeEntry", ticketId: "new-1", entry: { ticketId: "new-1", notes: "new-1 and more" }, list: ["new-1", "x"] };
    expect(replaceId(change, "new-1", "real-1")).toEqual({
      kind: "timeEntry",
      ticketId: "real-1",
      entry: { ticketId: "real-1", notes: "new-1 and more" },
      list: ["real-1", "x"],
    });
  });

  it("returns the same object when nothing changed, and leaves files alone", () => {
    const file = new Blob(["photo"]);
    const change = { kind: "document", ticketId: "real-9", file, parts: [{ a: 1 }] };
    expect(replaceId(change, "new-1", "real-1")).toBe(change);
    const moved = replaceId({ ...change, ticketId: "new-1" }, "new-1", "real-1");
    expect(moved.file).toBe(file);
    expect(moved.parts).toBe(change.parts);
  });
});
