import type { ApiClient } from "./client";
import * as z from "zod/mini";
import { dataEnvelope } from "./schemas/envelopes";
import { userSchema } from "./schemas/users";

// `/users` pages, `/users/search` answers a bare `{ data }`: only `data` is read from either.
const usersEnvelope = dataEnvelope(z.array(userSchema));

/** Internal, active users for the agent picker; `search` narrows by name or email on the server. */
export async function listAgents(api: ApiClient, search: string, signal?: AbortSignal) {
  // No `fields` on search: the real server refuses any value with a 400 (field-kit contract §1.2).
  const query = search.trim()
    ? { query: search.trim(), user_type: "internal", include_inactive: false, limit: 25 }
    : { user_type: "internal", is_inactive: false, limit: 25, sort: "first_name", order: "asc" };
  const path = search.trim() ? "api/v1/users/search" : "api/v1/users";
  const { data } = await api.request(path, { query, schema: usersEnvelope, signal });
  return data;
}

const userRecord = dataEnvelope(z.object({ timezone: z.optional(z.nullable(z.string())) }));
const preferencesRecord = dataEnvelope(z.record(z.string(), z.unknown()));

/**
 * The user's language (`locale` of their preferences) and time zone (`timezone` of their record), contract
 * awareness §6. Each needs `user:read`, which Technicians of newly onboarded tenants lack (403), and an older
 * or imitation server may not have the routes (404): what cannot be read is undefined, what the server has
 * none of is null (the saved one is then forgotten, not kept).
 */
export async function fetchLocaleAndTimeZone(
  api: ApiClient,
  userId: string,
  signal?: AbortSignal,
): Promise<{ locale: string | null | undefined; timeZone: string | null | undefined }> {
  const id = encodeURIComponent(userId);
  const [user, preferences] = await Promise.allSettled([
    api.request(`api/v1/users/${id}`, { schema: userRecord, signal }),
    api.request(`api/v1/users/${id}/preferences`, { schema: preferencesRecord, signal }),
  ]);
  const locale = preferences.status === "fulfilled" ? preferences.value.data.locale : undefined;
  return {
    locale: preferences.status === "fulfilled" ? (typeof locale === "string" ? locale : null) : undefined,
    timeZone: user.status === "fulfilled" ? (user.value.data.timezone ?? null) : undefined,
  };
}
