import { errorFromResponse } from "../api/errors";

/** The contract's example of a refused close (fieldkit §7.1): two failed rules. */
export const refusedClose = errorFromResponse(400, {
  error: {
    code: "VALIDATION_ERROR",
    message: "Ticket close rules not satisfied",
    details: [
      { path: ["status_id"], rule: "checklist_incomplete", message: "2 required checklist items are incomplete", incomplete_count: 2 },
      { path: ["status_id"], rule: "required_fields", message: "Required fields are missing: Category", missing_fields: ["category_id"] },
    ],
  },
});
