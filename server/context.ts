import type { Database } from "./db/database";
import type { MobileAuthConfig } from "./auth/mobile-auth-config";
import type { SandboxLimiters } from "./auth/rate-limiter";
import type { FaultState } from "./faults/fault-settings";

/** What every route of one sandbox shares. */
export interface SandboxContext {
  db: Database;
  faults: FaultState;
  limiters: SandboxLimiters;
  /** Read on each use: environment plus any shortened lifetimes from faults. */
  mobileAuthConfig(): MobileAuthConfig;
  ticketCount: number;
  seedTimeoutMs: number;
  /** Bumped by `POST /__sandbox/deploy`: the service worker script changes, as after a real deploy. */
  deployment: { version: number };
  /** One line to the server log; never tokens, comment text or ticket titles. */
  log(line: string): void;
}
