import { t } from "../../i18n/active-language";

/** The server's limit on a comment's visible characters (contract §7.2, fieldkit §2.2). */
export const COMMENT_LIMIT = 5000;

/** What is wrong with a comment's text before it is queued, or null. */
export function commentProblem(text: string): string | null {
  const length = text.trim().length;
  if (length === 0) return t("conversation.typeFirst");
  if (length > COMMENT_LIMIT) return t("conversation.overLimitSentence", { n: length - COMMENT_LIMIT, limit: COMMENT_LIMIT });
  return null;
}
