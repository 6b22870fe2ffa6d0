import { describe, expect, it } from "vitest";
import { refusedClose as refused } from "../testing/refused-close";
import { closeRuleFailures } from "./close-rules";
import { ApiError, errorFromResponse } from "./errors";

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
