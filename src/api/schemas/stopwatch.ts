import * as z from "zod/mini";

/** A stopwatch session of a newer server (awareness §10.3); `active_ms` is as of `server_now`, the database clock. */
export const stopwatchSessionSchema = z.object({
  session_id: z.string(),
  work_item_id: z.nullable(z.string()),
  work_item_title: z.optional(z.nullable(z.string())),
  status: z.enum(["running", "paused", "logged", "discarded"]),
  segments: z.array(z.object({ started_at: z.string(), ended_at: z.nullable(z.string()) })),
  active_ms: z.number(),
  server_now: z.string(),
});
export type StopwatchSession = z.infer<typeof stopwatchSessionSchema>;
