import { z } from "zod";

// Auth endpoints answer bare JSON, without the `{data}` envelope (contract §3, README fact 3).

export const capabilitiesSchema = z.object({
  enabled: z.boolean(),
  providers: z.object({ microsoft: z.boolean().optional(), google: z.boolean().optional() }).catchall(z.boolean()),
  // Omitted entirely when the server has no allowlist (contract §3.3).
  hostedDomainAllowlist: z.array(z.string()).optional(),
  accessTtlSec: z.number().optional(),
  refreshTtlSec: z.number().optional(),
  ottTtlSec: z.number().optional(),
});
export type Capabilities = z.infer<typeof capabilitiesSchema>;

export const sessionUserSchema = z.object({
  id: z.string(),
  email: z.string().optional(),
  name: z.string().optional(),
  avatarUrl: z.string().optional(),
});
export type SessionUser = z.infer<typeof sessionUserSchema>;

export const exchangeResponseSchema = z.object({
  accessToken: z.string().min(1),
  refreshToken: z.string().min(1),
  expiresInSec: z.number().positive(),
  tenantId: z.string(),
  user: sessionUserSchema,
});
export type ExchangeResponse = z.infer<typeof exchangeResponseSchema>;

export const refreshResponseSchema = z.object({
  accessToken: z.string().min(1),
  refreshToken: z.string().min(1),
  expiresInSec: z.number().positive(),
});
export type RefreshResponse = z.infer<typeof refreshResponseSchema>;

export const revokeResponseSchema = z.object({ ok: z.literal(true) });
