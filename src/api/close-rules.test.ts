import { describe, expect, it } from "vitest";
import { closeRuleFailures } from "./close-rules";
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
});
