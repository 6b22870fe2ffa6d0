import * as z from "zod/mini";

// Auth endpoints answer bare JSON, without the `{data}` envelope (contract §3, README fact 3).

export const capabilitiesSchema = z.object({
  enabled: z.boolean(),
  providers: z.record(z.string(), z.boolean()),
  // Omitted entirely when the server has no allowlist (contract §3.3).
  hostedDomainAllowlist: z.optional(z.array(z.string())),
  accessTtlSec: z.optional(z.number()),
  refreshTtlSec: z.optional(z.number()),
  ottTtlSec: z.optional(z.number()),
});
export type Capabilities = z.infer<typeof capabilitiesSchema>;

export const sessionUserSchema = z.object({
  id: z.string(),
  email: z.optional(z.string()),
  name: z.optional(z.string()),
  avatarUrl: z.optional(z.string()),
});
export type SessionUser = z.infer<typeof sessionUserSchema>;

const token = z.string().check(z.minLength(1));
const lifetime = z.number().check(z.positive());

export const exchangeResponseSchema = z.object({
  accessToken: token,
  refreshToken: token,
  expiresInSec: lifetime,
  tenantId: z.string(),
  user: sessionUserSchema,
});
export type ExchangeResponse = z.infer<typeof exchangeResponseSchema>;

export const refreshResponseSchema = z.object({ accessToken: token, refreshToken: token, expiresInSec: lifetime });
export type RefreshResponse = z.infer<typeof refreshResponseSchema>;

export const revokeResponseSchema = z.object({ ok: z.literal(true) });
