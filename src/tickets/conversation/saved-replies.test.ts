import { describe, expect, it } from "vitest";
import { insertAt, savedReplyProblem } from "./saved-replies";

describe("saved replies", () => {
  it("go in at the cursor, or over the selection, keeping the rest of the draft", () => {
    expect(insertAt("Hello world", "dear ", 6, 6)).toEqual({ text: "Hello dear world", caret: 11 });
    expect(insertAt("Hello XXX!", "you", 6, 9)).toEqual({ text: "Hello you!", caret: 9 });
    expect(insertAt("", "Thanks", 0, 0)).toEqual({ text: "Thanks", caret: 6 });
    expect(insertAt("Hi", " there", 99, 99)).toEqual({ text: "Hi there", caret: 8 });
  });

  it("refuse an empty, an over-long or a repeated text with a message", () => {
    expect(savedReplyProblem("  ", [])).toBe("Type the text to save first.");
    expect(savedReplyProblem("x".repeat(5001), [])).toMatch(/at most 5000/);
    expect(savedReplyProblem(" Thanks ", [{ id: "1", text: "Thanks" }])).toBe("You already saved this text.");
    expect(savedReplyProblem("Thanks", [])).toBeNull();
  });
});
