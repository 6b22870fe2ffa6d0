import type { FastifyInstance, FastifyRequest } from "fastify";
import type { SandboxContext } from "../context";
import { sendApiError, unauthorized } from "../http/api-error";
import { routedPath } from "../http/routed-path";
import { sha256Hex } from "./tokens";

export interface ApiUser {
  userId: string;
  tenant: string;
  apiKeyId: string;
  firstName: string | null;
  lastName: string | null;
  email: string;
  timezone: string | null;
}

declare module "fastify" {
  interface FastifyRequest {
    apiUser?: ApiUser;
  }
}

/** The authenticated caller of an API route (the key check has run before every handler). */
export function apiUserOf(request: FastifyRequest): ApiUser {
  if (!request.apiUser) throw unauthorized("API key required");
  return request.apiUser;
}

const isMobileAuthPath = (path: string) => path.startsWith("/api/v1/mobile/auth/");

/** The x-api-key check of the edge middleware and of the API controllers (contract §1.1). */
export function registerApiKeyCheck(app: FastifyInstance, context: SandboxContext): void {
  app.addHook("onRequest", async (request, reply) => {
    const path = routedPath(request);
    if (!path.startsWith("/api/") || isMobileAuthPath(path)) return;
    const key = request.headers["x-api-key"];
    if (typeof key !== "string" || key === "") {
      // The edge middleware answers before any route code, with a plain string (contract README fact 5).
      return reply.code(401).send({ error: "Unauthorized: API key missing" });
    }
    const tenantHeader = request.headers["x-tenant-id"];
    const user = await findKeyOwner(context, key, typeof tenantHeader === "string" ? tenantHeader : undefined);
    if (!user) return sendApiError(reply, unauthorized("Invalid API key"));
    request.apiUser = user;
  });
}

async function findKeyOwner(context: SandboxContext, key: string, tenant: string | undefined): Promise<ApiUser | undefined> {
  // One round trip: find the live key and bump last_used_at, as the real server does on every call.
  const { rows } = await context.db.query<{
    api_key_id: string;
    user_id: string;
    tenant: string;
    user_type: string;
    is_inactive: boolean;
    first_name: string | null;
    last_name: string | null;
    email: string;
    timezone: string | null;
  }>(
    `UPDATE api_keys k SET last_used_at = now() FROM users u
     WHERE u.user_id = k.user_id AND k.api_key = $1 AND k.active AND (k.expires_at IS NULL OR k.expires_at > now())
     RETURNING k.api_key_id, k.tenant, u.user_id, u.user_type, u.is_inactive, u.first_name, u.last_name, u.email, u.timezone`,
    [sha256Hex(key)],
  );
  const row = rows[0];
  // A key from another tenant is simply not found when x-tenant-id is sent.
  if (!row || (tenant !== undefined && tenant !== row.tenant) || row.is_inactive) return undefined;
  if (row.user_type !== "internal") {
    // Client-portal owners are refused and their key deactivated (contract §1.1).
    await context.db.query("UPDATE api_keys SET active = false WHERE api_key_id = $1", [row.api_key_id]);
    return undefined;
  }
  return {
    userId: row.user_id,
    tenant: row.tenant,
    apiKeyId: row.api_key_id,
    firstName: row.first_name,
    lastName: row.last_name,
    email: row.email,
    timezone: row.timezone,
  };
}
