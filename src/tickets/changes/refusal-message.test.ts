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

  it("lists each close rule a refused close failed, with what to do", () => {
    const close: Change = { kind: "status", ticketId: "t1", statusId: "closed", label: "Closed" };
    const refused = new ApiError("validation", {
      status: 400,
      message: "Ticket close rules not satisfied",
      details: [
        { path: ["status_id"], rule: "checklist_incomplete", message: "2 required checklist items are incomplete", incomplete_count: 2 },
        { path: ["status_id"], rule: "required_fields", message: "Required fields are missing: Category", missing_fields: ["category_id"] },
      ],
    });
    expect(refusalMessage(close, refused).split("\n")).toEqual([
      "Alga won't close this ticket yet:",
      "• 2 required checklist items are not ticked. Tick the required items on the checklist.",
      "• Missing before closing: category. Fill in those fields, then resolve again.",
    ]);
  });
  it("a refused close with its resolution note says the note was not posted, and not that one is missing", () => {
    const close: Change = {
      kind: "status",
      ticketId: "t1",
      statusId: "closed",
      label: "Closed",
      resolution: { text: "x", isInternal: true },
    };
    const refused = new ApiError("validation", {
      status: 400,
      message: "Ticket close rules not satisfied",
      details: [
        { path: ["status_id"], rule: "resolution_comment", message: "A resolution comment is required before closing" },
        { path: ["status_id"], rule: "open_children", message: "1 bundled ticket is still open", open_children_count: 1 },
      ],
    });
    expect(refusalMessage(close, refused).split("\n")).toEqual([
      "Alga won't close this ticket yet:",
      "• 1 bundled ticket is still open. Close the bundled tickets first, or ask a dispatcher.",
      "Your resolution note was not posted; it is kept for the next try.",
    ]);
  });
  it("tells an approved entry from one that is gone", () => {
    const edit: Change = { kind: "timeEntryEdit", ticketId: "t1", entryId: "e1", set: { notes: "x" } };
    expect(refusalMessage(edit, new ApiError("conflict", { status: 409, message: "Cannot modify approved time entries" }))).toMatch(
      /approved/,
    );
    expect(refusalMessage(edit, new ApiError("not_found", { status: 404, message: "time_entry not found" }))).toMatch(/no longer in Alga/);
  });
});
