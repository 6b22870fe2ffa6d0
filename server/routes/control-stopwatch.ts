import type { FastifyInstance } from "fastify";
import { z } from "zod";
import type { SandboxContext } from "../context";
import { parseOrThrow } from "../http/api-error";
import { jsonBodyOrEmpty } from "../http/request-body";

const rewindSchema = z.strictObject({ minutes: z.number().int().min(1) });

/**
 * Lets minutes pass for every open stopwatch (awareness §10.3) without waiting: their segments move back by that
 * much, so a running one has run that much longer and a paused one stayed paused. A journey moves the browser's
 * clock forward with it; the server's own clock cannot be moved.
 */
export function registerStopwatchControl(app: FastifyInstance, context: SandboxContext): void {
  app.post("/__sandbox/stopwatch/rewind", async (request) => {
    const { minutes } = parseOrThrow(rewindSchema, jsonBodyOrEmpty(request));
    await context.db.query(
      `UPDATE time_tracking_session_segments g SET started_at = g.started_at - make_interval(mins => $1),
         ended_at = g.ended_at - make_interval(mins => $1)
       FROM time_tracking_sessions s WHERE s.session_id = g.session_id AND s.status IN ('running', 'paused')`,
      [minutes],
    );
    context.log(`control: open stopwatches rewound ${minutes} min`);
    return { ok: true };
  });
}
