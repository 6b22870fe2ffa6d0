import { describe, expect, it } from "vitest";
import { ApiError } from "../../api/errors";
import type { Change } from "./change";
import { refusalMessage } from "./refusal-message";

const timeEntry: Change = {
  kind: "timeEntry",
  ticketId: "t1",
  entry: { ticketId: "t1", serviceId: "s", startTime: "", endTime: "", notes: "", isBillable: true },
};
const comment: Change = { kind: "comment", ticketId: "t1", text: "x", isInternal: true };

describe("refusalMessage", () => {
  it("explains the time-entry refusals in plain words", () => {
    expect(
      refusalMessage(timeEntry, new ApiError("conflict", { status: 409, message: "Time entry overlaps with existing entry" })),
    ).toMatch(/overlaps another of your time entries/);
    expect(refusalMessage(timeEntry, new ApiError("validation", { status: 400, message: "No time period found for this date" }))).toMatch(
      /no open time period/,
    );
  });
  it("keeps the server's own message where it is already plain", () => {
    expect(
      refusalMessage(comment, new ApiError("validation", { status: 400, message: "Comment text is too long (max 5000 characters)" })),
    ).toBe("Comment text is too long (max 5000 characters)");
  });
});
