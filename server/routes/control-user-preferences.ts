import type { FastifyInstance } from "fastify";
import { z } from "zod";
import type { SandboxContext } from "../context";
import { notFound, parseOrThrow } from "../http/api-error";
import { jsonBodyOrEmpty } from "../http/request-body";

// `null` clears: a user without a time zone (the server then works in UTC) or without a `locale` row.
const userPreferencesSchema = z.strictObject({
  email: z.string().min(1),
  timezone: z.string().min(1).nullable().optional(),
  locale: z.string().min(1).nullable().optional(),
});

/** Sets a user's Alga time zone and language, as they would in the web UI's profile (awareness §6). */
export function registerUserPreferencesControl(app: FastifyInstance, context: SandboxContext): void {
  app.post("/__sandbox/user-preferences", async (request) => {
    const body = parseOrThrow(userPreferencesSchema, jsonBodyOrEmpty(request));
    const { rows } = await context.db.query<{ user_id: string; tenant: string }>(
      "SELECT user_id, tenant FROM users WHERE lower(email) = lower($1)",
      [body.email],
    );
    const user = rows[0];
    if (!user) throw notFound("No such user");
    if (body.timezone !== undefined) {
      await context.db.query("UPDATE users SET timezone = $1, updated_at = now() WHERE user_id = $2", [body.timezone, user.user_id]);
    }
    if (body.locale === null) {
      await context.db.query("DELETE FROM user_preferences WHERE user_id = $1 AND setting_name = 'locale'", [user.user_id]);
    } else if (body.locale !== undefined) {
      await context.db.query(
        `INSERT INTO user_preferences (tenant, user_id, setting_name, setting_value) VALUES ($1, $2, 'locale', $3)
         ON CONFLICT (user_id, setting_name) DO UPDATE SET setting_value = EXCLUDED.setting_value, updated_at = now()`,
        [user.tenant, user.user_id, JSON.stringify(body.locale)],
      );
    }
    context.log("control: user preferences set");
    return { ok: true };
  });
}
