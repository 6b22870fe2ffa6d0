import type { FastifyInstance } from "fastify";
import { z } from "zod";
import type { SandboxContext } from "../context";
import { apiUserOf } from "../auth/api-key";
import { requirePermission } from "../auth/technician-role";
import { ApiError, notFound, parseOrThrow } from "../http/api-error";
import { NOT_FOUND_PAGE } from "../http/html";
import { isUuid, queryObject } from "../http/query-params";
import { pagination } from "../http/pagination";

// userResponseSchema of the real server (server/src/lib/api/schemas/userSchemas.ts); never the password hash.
const USER_COLUMNS = `user_id, username, first_name, last_name, email, phone, timezone, user_type, contact_id, image,
  NULL::text AS "avatarUrl", created_at, updated_at, two_factor_enabled, is_google_user, is_inactive, tenant`;

const SEARCHABLE = ["username", "first_name", "last_name", "email", "phone"] as const;
const SORTABLE = ["username", "first_name", "last_name", "email", "created_at", "updated_at"] as const;

const booleanString = z.enum(["true", "false"]).transform((value) => value === "true");

const listQuerySchema = z.object({
  page: z.coerce.number().int().min(1).default(1),
  limit: z.coerce.number().int().min(1).max(100).default(25),
  sort: z.enum(SORTABLE).default("username"),
  order: z.enum(["asc", "desc"]).default("asc"),
  search: z.string().optional(),
  user_type: z.enum(["internal", "client"]).optional(),
  is_inactive: booleanString.optional(),
});

const searchQuerySchema = z.object({
  query: z.string().min(1, "Search query is required"),
  // The real schema wants an array, which a query string never is: any `fields` is a 400 (field-kit contract §1.2, §9.9).
  fields: z.array(z.string(), { error: "Expected array, received string" }).optional(),
  user_type: z.enum(["internal", "client"]).optional(),
  include_inactive: booleanString.default(false),
  limit: z.coerce.number().int().min(1).max(100).default(25),
});

/** `GET /api/v1/users` and `/users/search`, the agent picker (contract §11.4); one user's record and preferences. */
export function registerUsers(app: FastifyInstance, context: SandboxContext): void {
  app.get("/api/v1/users", async (request) => {
    const { tenant } = apiUserOf(request);
    requirePermission(context, "user:read");
    const query = parseOrThrow(listQuerySchema, queryObject(request), "Query validation failed");
    const params: unknown[] = [tenant];
    const conditions = ["tenant = $1"];
    if (query.user_type) conditions.push(`user_type = $${params.push(query.user_type)}`);
    if (query.is_inactive !== undefined) conditions.push(`is_inactive = $${params.push(query.is_inactive)}`);
    if (query.search) {
      const pattern = `$${params.push(`%${query.search}%`)}`;
      conditions.push(`(${SEARCHABLE.map((field) => `${field} ILIKE ${pattern}`).join(" OR ")})`);
    }
    const where = conditions.join(" AND ");
    const count = await context.db.query<{ total: number }>(`SELECT count(*)::int AS total FROM users WHERE ${where}`, params);
    const { rows } = await context.db.query<Record<string, unknown>>(
      `SELECT ${USER_COLUMNS} FROM users WHERE ${where} ORDER BY ${query.sort} ${query.order === "desc" ? "DESC" : "ASC"}
       LIMIT $${params.length + 1} OFFSET $${params.length + 2}`,
      [...params, query.limit, (query.page - 1) * query.limit],
    );
    const total = count.rows[0]?.total ?? 0;
    return {
      data: rows.map((row) => ({ ...row, roles: [] })),
      pagination: pagination(query.page, query.limit, total),
      meta: { sort: query.sort, order: query.order, filters: { search: query.search, is_inactive: query.is_inactive ?? false } },
    };
  });

  app.get("/api/v1/users/search", async (request) => {
    const { tenant } = apiUserOf(request);
    requirePermission(context, "user:read");
    const query = parseOrThrow(searchQuerySchema, queryObject(request), "Query validation failed");
    const params: unknown[] = [tenant, `%${query.query}%`];
    const conditions = ["tenant = $1", `(${SEARCHABLE.map((field) => `${field} ILIKE $2`).join(" OR ")})`];
    if (query.user_type) conditions.push(`user_type = $${params.push(query.user_type)}`);
    if (!query.include_inactive) conditions.push("is_inactive = false");
    const { rows } = await context.db.query<Record<string, unknown>>(
      `SELECT ${USER_COLUMNS} FROM users WHERE ${conditions.join(" AND ")} ORDER BY first_name, last_name LIMIT $${params.push(query.limit)}`,
      params,
    );
    return { data: rows.map((row) => ({ ...row, roles: [] })) };
  });

  registerUserRecord(app, context);
}

// The record's allow-listed columns (awareness §6.1); what the sandbox does not keep is null.
const USER_RECORD_COLUMNS = `user_id, username, first_name, last_name, email, phone, timezone, user_type, contact_id, image AS icon,
  created_at, updated_at, two_factor_enabled, false AS two_factor_required_new_device, is_google_user, is_inactive, tenant,
  NULL::uuid AS reports_to, NULL::timestamptz AS last_login_at, NULL::text AS last_login_method`;

// The sandbox has no role table: an internal user holds the Technician role, a portal user the Client one.
const roleOf = (userType: unknown) =>
  userType === "internal"
    ? { role_id: "00000000-0000-4000-8000-00000000a001", role_name: "Technician", description: "Technician", msp: true, client: false }
    : { role_id: "00000000-0000-4000-8000-00000000a002", role_name: "Client", description: "Client portal user", msp: false, client: true };

const linksOf = (id: string) =>
  Object.fromEntries(
    ["roles", "teams", "preferences", "avatar", "permissions"].map((rel) => [
      rel,
      { href: `/api/v1/users/${id}/${rel}`, method: "GET", rel: "related" },
    ]),
  );

/** A stored preference value: JSON when it parses, else the text as stored (awareness §6.2). */
function preferenceValue(stored: string | null): unknown {
  if (stored === null) return null;
  try {
    return JSON.parse(stored);
  } catch {
    return stored;
  }
}

/**
 * `GET /api/v1/users/{id}` and `/users/{id}/preferences` (awareness §6): `user:read` even for the caller's own id.
 * Preferences of an unknown or foreign id are `{}`: the real service never checks that the user exists.
 */
function registerUserRecord(app: FastifyInstance, context: SandboxContext): void {
  const validId = (id: string) => {
    if (!isUuid(id)) throw new ApiError(400, "VALIDATION_ERROR", "Invalid user ID format");
    return id;
  };

  app.get<{ Params: { userId: string } }>("/api/v1/users/:userId", async (request) => {
    const { tenant } = apiUserOf(request);
    requirePermission(context, "user:read");
    const id = validId(request.params.userId);
    const { rows } = await context.db.query<Record<string, unknown>>(
      `SELECT ${USER_RECORD_COLUMNS} FROM users WHERE user_id = $1 AND tenant = $2`,
      [id, tenant],
    );
    const user = rows[0];
    if (!user) throw notFound("user not found");
    return { data: { ...user, roles: [roleOf(user.user_type)], avatarUrl: null, _links: linksOf(id) } };
  });

  app.get<{ Params: { userId: string } }>("/api/v1/users/:userId/preferences", async (request, reply) => {
    if (context.faults.settings.withoutUserPreferences) return reply.code(404).type("text/html; charset=utf-8").send(NOT_FOUND_PAGE);
    const { tenant } = apiUserOf(request);
    requirePermission(context, "user:read");
    const id = validId(request.params.userId);
    const { rows } = await context.db.query<{ setting_name: string; setting_value: string | null }>(
      "SELECT setting_name, setting_value FROM user_preferences WHERE user_id = $1 AND tenant = $2",
      [id, tenant],
    );
    return { data: Object.fromEntries(rows.map((row) => [row.setting_name, preferenceValue(row.setting_value)])) };
  });
}
