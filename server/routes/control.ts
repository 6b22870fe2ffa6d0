import type { FastifyInstance } from "fastify";
import { z } from "zod";
import type { SandboxContext } from "../context";
import { createWebSession, findWebSession, revokeWebSession } from "../auth/web-session";
import { SeedTimeoutError, seedDatabase } from "../db/seed/seed";
import { faultSettingsSchema } from "../faults/fault-settings";
import { ApiError, notFound, parseOrThrow } from "../http/api-error";
import { guardControl } from "../http/control-access";
import { jsonBodyOrEmpty } from "../http/request-body";
import { registerTicketEventControl } from "./control-ticket-events";
import { registerUserPreferencesControl } from "./control-user-preferences";
import { registerStopwatchControl } from "./control-stopwatch";

const sessionSchema = z.object({ email: z.string().min(1) });

/** Test-only control, mounted only when `control` is on (ALGA_SANDBOX_CONTROL=1), for local test code or `token` holders. */
export function registerControl(root: FastifyInstance, context: SandboxContext, token: string): void {
  void root.register(async (app) => {
    guardControl(app, token);
    registerControlRoutes(app, context);
    registerTicketEventControl(app, context);
    registerUserPreferencesControl(app, context);
    registerStopwatchControl(app, context);
  });
}

function registerControlRoutes(app: FastifyInstance, context: SandboxContext): void {
  app.post("/__sandbox/reset", async () => {
    try {
      await seedDatabase(context.db, context.ticketCount, context.seedTimeoutMs);
    } catch (error) {
      if (!(error instanceof SeedTimeoutError)) throw error;
      context.log("control: reset stopped by its timeout and rolled back");
      throw new ApiError(500, "INTERNAL_ERROR", error.message);
    }
    context.faults.clear();
    for (const limiter of Object.values(context.limiters)) limiter.clear();
    context.log("control: reset to a fresh seed");
    return { ok: true };
  });

  // Makes the served app look newly deployed, so the browser finds a new service worker.
  app.post("/__sandbox/deploy", async () => {
    context.deployment.version += 1;
    context.log(`control: deployed app version ${context.deployment.version}`);
    return { ok: true, version: context.deployment.version };
  });

  // Signs the caller in to the web side, as if the user had typed the password.
  app.post("/__sandbox/session", async (request, reply) => {
    const body = parseOrThrow(sessionSchema, jsonBodyOrEmpty(request));
    const { rows } = await context.db.query<{ user_id: string; tenant: string }>(
      "SELECT user_id, tenant FROM users WHERE lower(email) = lower($1) AND NOT is_inactive",
      [body.email],
    );
    const user = rows[0];
    if (!user) throw notFound("No such user");
    await createWebSession(context.db, reply, user);
    context.log("control: web session created");
    return { ok: true };
  });

  // Signs the caller out of the web side (revokes the session its cookie names).
  app.delete("/__sandbox/session", async (request) => {
    const session = await findWebSession(context.db, request);
    if (session) await revokeWebSession(context.db, session.sessionId);
    context.log("control: web session revoked");
    return { ok: true };
  });

  app.post("/__sandbox/faults", async (request) => {
    const body = parseOrThrow(faultSettingsSchema, jsonBodyOrEmpty(request));
    context.faults.apply(body);
    context.log(`control: faults set ${JSON.stringify(body)}`);
    return { ok: true, faults: context.faults.settings };
  });

  app.delete("/__sandbox/faults", async () => {
    context.faults.clear();
    context.log("control: faults cleared");
    return { ok: true };
  });

  app.delete("/__sandbox/rate-limits", async () => {
    for (const limiter of Object.values(context.limiters)) limiter.clear();
    context.log("control: rate-limit counters cleared");
    return { ok: true };
  });
}
