import { describe, expect, it } from "vitest";
import { fakeAlga } from "../testing/fake-alga";
import { canEditComment, editComment } from "./comment-edits";

describe("comment edits", () => {
  it("offers an edit only on the technician's own, non-system comments", () => {
    expect(canEditComment({ created_by: "u1", is_system_generated: false }, "u1")).toBe(true);
    expect(canEditComment({ created_by: "u2", is_system_generated: false }, "u1")).toBe(false);
    expect(canEditComment({ created_by: null }, "u1")).toBe(false);
    expect(canEditComment({ created_by: "u1", is_system_generated: true }, "u1")).toBe(false);
  });

  it("sends only the text", async () => {
    const { api, calls } = fakeAlga({
      data: {
        comment_id: "c1",
        ticket_id: "t1",
        comment_text: "Fixed",
        is_internal: true,
        is_resolution: false,
        created_at: "2026-02-03T09:00:00Z",
      },
    });
    expect((await editComment(api, "t1", "c1", "Fixed")).comment_text).toBe("Fixed");
    expect(calls[0]).toEqual({ path: "api/v1/tickets/t1/comments/c1", method: "PUT", query: undefined, body: { comment_text: "Fixed" } });
  });
});
