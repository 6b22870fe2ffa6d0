import { describe, expect, it } from "vitest";
import { signOffComment, signOffFileName, summaryOf } from "./sign-off-text";

describe("the sign-off's words", () => {
  it("says who signed when, then the summary", () => {
    expect(signOffComment("  Dana Reyes ", "7 December 2026, 17:30", "Replaced the fuser.\n")).toBe(
      "Signed off by Dana Reyes on 7 December 2026, 17:30: Replaced the fuser.",
    );
  });

  it("starts the summary from the resolution note and the time logged", () => {
    expect(summaryOf("Replaced the fuser.", 90)).toBe("Replaced the fuser.\n\nTime on this ticket: 1 h 30 min.");
    expect(summaryOf("", 45)).toBe("Time on this ticket: 45 min.");
    expect(summaryOf(" Replaced the fuser. ", 0)).toBe("Replaced the fuser.");
  });

  it("names the image by the day and minute it was signed", () => {
    expect(signOffFileName(new Date(2026, 11, 7, 9, 5))).toBe("Sign-off 2026-12-07 0905.png");
  });
});
