import { z } from "zod";
import type { SandboxContext } from "../context";

/** What a newer server's comment POST adds (awareness §10.1); an older one strips these keys unread. */
export const newerCommentFields = z
  .object({
    cc: z.array(z.email()).optional(),
    bcc: z.array(z.email()).optional(),
    scheduled_publish_at: z.iso.datetime({ offset: true }).optional(),
    scheduled_publish_tz: z.string().max(64).optional(),
    is_internal: z.boolean().default(false),
  })
  .superRefine((body, issues) => {
    const fail = (path: string, message: string) => issues.addIssue({ code: "custom", path: [path], message });
    if (body.is_internal && (body.cc?.length || body.bcc?.length)) fail("cc", "Cc and Bcc are only allowed on public comments");
    const at = body.scheduled_publish_at;
    const zone = body.scheduled_publish_tz;
    if (zone !== undefined && at === undefined) fail("scheduled_publish_tz", "A time zone needs a scheduled time");
    if (at === undefined) return;
    if (zone === undefined) fail("scheduled_publish_tz", "A scheduled time needs a time zone");
    else if (!isTimeZone(zone)) fail("scheduled_publish_tz", "Unknown time zone");
    if (body.is_internal) fail("scheduled_publish_at", "Internal comments cannot be scheduled");
    if (Date.parse(at) <= Date.now()) fail("scheduled_publish_at", "The scheduled time must be in the future");
  });

export type NewerCommentFields = z.infer<typeof newerCommentFields>;

function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat("en", { timeZone: zone });
    return zone.length > 0;
  } catch {
    return false;
  }
}

/** The `email_recipients` a newer server keeps on the row (shape from the native client's test, §10.1). */
export function emailRecipients(fields: NewerCommentFields): string | null {
  if (!fields.cc?.length && !fields.bcc?.length) return null;
  const people = (emails: string[] = []) => emails.map((email) => ({ email, name: null }));
  return JSON.stringify({ cc: people(fields.cc), bcc: people(fields.bcc) });
}

// Node's timers hold at most 2^31 − 1 ms (about 24.8 days); a longer wait would fire at once.
const LONGEST_TIMER_MS = 2 ** 31 - 1;

/**
 * The background job of a newer server: at the instant, a still-scheduled comment becomes published (compare and set,
 * so a cancel that came first wins) and `then` runs the usual comment events. The timer does not keep the process up.
 */
export function publishAt(context: SandboxContext, commentId: string, at: Date, then: () => Promise<void>): void {
  const wait = at.getTime() - Date.now();
  if (wait > LONGEST_TIMER_MS) {
    setTimeout(() => publishAt(context, commentId, at, then), LONGEST_TIMER_MS).unref();
    return;
  }
  const timer = setTimeout(
    () => {
      void context.db
        .query(
          "UPDATE comments SET publish_state = 'published', updated_at = now() WHERE comment_id = $1 AND publish_state = 'scheduled' RETURNING comment_id",
          [commentId],
        )
        .then(({ rows }) => (rows.length > 0 ? then() : undefined))
        .catch(() => context.log("scheduled comment: publish failed"));
    },
    Math.max(0, wait),
  );
  timer.unref();
}
