import type { SandboxContext } from "../context";
import { ApiError } from "../http/api-error";

/** The permissions whose grant differs between the two Technician role variants (awareness §1.3). */
export type VariablePermission = "user:read" | "client:read";

// Older tenants: the 2025-07 grants (user:read, no client:read); newly onboarded ones: the onboarding seed (the reverse).
const DENIED: Record<"olderTenant" | "newTenant", VariablePermission> = {
  olderTenant: "client:read",
  newTenant: "user:read",
};

/**
 * Throws the real server's 403 when the sandbox plays a Technician variant that lacks `permission`. Without the
 * `technicianRole` switch the caller has every permission, as the sandbox always had.
 */
export function requirePermission(context: SandboxContext, permission: VariablePermission): void {
  const role = context.faults.settings.technicianRole;
  if (!role || DENIED[role] !== permission) return;
  const resource = permission.split(":")[0];
  throw new ApiError(403, "FORBIDDEN", `Permission denied: Cannot read ${resource}`);
}
