/** Effective mobile-auth settings (contract §3.7); faults may shorten the lifetimes for tests. */
export interface MobileAuthConfig {
  ottTtlSec: number;
  accessTtlSec: number;
  refreshTtlSec: number;
  hostAllowlist: string[];
}

export interface TtlOverrides {
  ottTtlSec?: number;
  accessTtlSec?: number;
  refreshTtlSec?: number;
}

function positiveNumber(value: string | undefined, fallback: number): number {
  const parsed = Number(value);
  return value !== undefined && value !== "" && Number.isFinite(parsed) && parsed > 0 ? parsed : fallback;
}

export function readMobileAuthConfig(overrides: TtlOverrides = {}, env: NodeJS.ProcessEnv = process.env): MobileAuthConfig {
  return {
    ottTtlSec: overrides.ottTtlSec ?? positiveNumber(env.ALGA_MOBILE_OTT_TTL_SEC, 60),
    accessTtlSec: overrides.accessTtlSec ?? positiveNumber(env.ALGA_MOBILE_ACCESS_TTL_SEC, 28_800),
    refreshTtlSec: overrides.refreshTtlSec ?? positiveNumber(env.ALGA_MOBILE_REFRESH_TTL_SEC, 2_592_000),
    hostAllowlist: (env.ALGA_MOBILE_HOST_ALLOWLIST ?? "")
      .split(",")
      .map((host) => host.trim())
      .filter(Boolean),
  };
}
