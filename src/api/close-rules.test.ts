import { describe, expect, it } from "vitest";
import { adviceFor, closeRuleFailures } from "./close-rules";
import { ApiError, errorFromResponse } from "./errors";

// The contract's example answer (fieldkit §7.1).
const refused = errorFromResponse(400, {
  error: {
    code: "VALIDATION_ERROR",
    message: "Ticket close rules not satisfied",
    details: [
      { path: ["status_id"], rule: "checklist_incomplete", message: "2 required checklist items are incomplete", incomplete_count: 2 },
      { path: ["status_id"], rule: "required_fields", message: "Required fields are missing: Category", missing_fields: ["category_id"] },
    ],
  },
});

describe("close rules", () => {
  it("reads every failed rule of a refused close", () => {
    expect(closeRuleFailures(refused)?.map((failure) => failure.rule)).toEqual(["checklist_incomplete", "required_fields"]);
  });

  it("is null for any other error", () => {
    expect(
      closeRuleFailures(errorFromResponse(400, { error: { code: "VALIDATION_ERROR", message: "Validation failed", details: [] } })),
    ).toBeNull();
    expect(closeRuleFailures(new ApiError("network"))).toBeNull();
    expect(closeRuleFailures(new Error("x"))).toBeNull();
  });

  it("says in plain words what failed and what to do", () => {
    const [checklist, fields] = closeRuleFailures(refused)!;
    expect(adviceFor(checklist!)).toEqual({
      problem: "2 required checklist items are not ticked.",
      action: "Tick the required items on the checklist.",
      section: "checklist",
    });
    expect(adviceFor(fields!).problem).toBe("Missing before closing: category.");
    expect(adviceFor({ rule: "resolution_comment", message: "" }).section).toBe("comments");
    expect(adviceFor({ rule: "time_entry", message: "" }).section).toBe("time");
    expect(adviceFor({ rule: "open_children", message: "", open_children_count: 1 }).problem).toBe("1 bundled ticket is still open.");
    expect(adviceFor({ rule: "new_rule", message: "Something the server says" })).toMatchObject({
      problem: "Something the server says",
      section: null,
    });
  });
});
