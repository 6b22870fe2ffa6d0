import type { z } from "zod";
import { visibleText } from "./rich-text";

const MAX_COMMENT_LENGTH = 5000;

/** The visible text (plain, or extracted from BlockNote JSON), trimmed, must be 1–5000 characters (contract §7.2, fieldkit §2.2). */
export function checkCommentText(commentText: string, issues: z.RefinementCtx): void {
  const visible = visibleText(commentText).trim();
  if (visible.length === 0) issues.addIssue({ code: "custom", path: ["comment_text"], message: "Comment text is required" });
  if (visible.length > MAX_COMMENT_LENGTH) {
    issues.addIssue({ code: "custom", path: ["comment_text"], message: "Comment text is too long (max 5000 characters)" });
  }
}
