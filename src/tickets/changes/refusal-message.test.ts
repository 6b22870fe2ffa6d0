import { describe, expect, it } from "vitest";
import { ApiError } from "../../api/errors";
import type { Change } from "./change";
import { applyLanguage } from "../../i18n/active-language";
import { refusalMessage, refusalText } from "./refusal-message";

/** What the technician reads: the refusal as the outbox stores it, shown. */
const shown = (change: Change, error: ApiError) =>
  refusalText({ change, error: refusalMessage(change, error), errorDetails: error.details }) ?? "";

const timeEntry: Change = {
  kind: "timeEntry",
  ticketId: "t1",
  entry: { ticketId: "t1", serviceId: "s", startTime: "", endTime: "", notes: "", isBillable: true },
};
const comment: Change = { kind: "comment", ticketId: "t1", text: "x", isInternal: true };

describe("refusalMessage", () => {
  it("explains the time-entry refusals in plain words", () => {
    expect(shown(timeEntry, new ApiError("conflict", { status: 409, message: "Time entry overlaps with existing entry" }))).toMatch(
      /overlaps another of your time entries/,
    );
    expect(shown(timeEntry, new ApiError("validation", { status: 400, message: "No time period found for this date" }))).toMatch(
      /no open time period/,
    );
  });
  it("keeps the server's own message where it is already plain", () => {
    expect(shown(comment, new ApiError("validation", { status: 400, message: "Comment text is too long (max 5000 characters)" }))).toBe(
      "Comment text is too long (max 5000 characters)",
    );
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
    expect(shown(close, refused).split("\n")).toEqual([
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
    expect(shown(close, refused).split("\n")).toEqual([
      "Alga won't close this ticket yet:",
      "• 1 bundled ticket is still open. Close the bundled tickets first, or ask a dispatcher.",
      "Your resolution note was not posted; it is kept for the next try.",
    ]);
  });
  it("tells an approved entry from one that is gone", () => {
    const edit: Change = { kind: "timeEntryEdit", ticketId: "t1", entryId: "e1", set: { notes: "x" } };
    expect(shown(edit, new ApiError("conflict", { status: 409, message: "Cannot modify approved time entries" }))).toMatch(/approved/);
    expect(shown(edit, new ApiError("not_found", { status: 404, message: "time_entry not found" }))).toMatch(/no longer in Alga/);
  });

  it("is stored as a key and written in the language active when it is shown", async () => {
    const refused = new ApiError("conflict", { status: 409, message: "Time entry overlaps with existing entry" });
    const stored = refusalMessage(timeEntry, refused);
    try {
      await applyLanguage("de");
      expect(refusalText({ change: timeEntry, error: stored })).toBe(
        "Diese Zeit überschneidet sich mit einem anderen Ihrer Zeiteinträge. Ändern Sie Beginn oder Ende und erfassen Sie sie erneut.",
      );
    } finally {
      await applyLanguage("en");
    }
  });
  it("shows a refusal an earlier version stored as English text as it is", () => {
    const legacy = "Someone else changed this ticket since you opened it.";
    expect(refusalText({ change: comment, error: legacy })).toBe(legacy);
  });
});
