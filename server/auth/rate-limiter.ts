/**
 * In-memory limiter with the semantics of rate-limiter-flexible as the real server configures it
 * (contract §3.6): `points` per `durationSec` window; going over blocks the key for `blockSec`.
 */
export class RateLimiter {
  private readonly keys = new Map<string, { windowStart: number; consumed: number; blockedUntil: number }>();
  private lastSweep = 0;

  constructor(
    private readonly points: number,
    private readonly durationSec: number,
    private readonly blockSec = 300,
  ) {}

  /** Consumes one point; returns the wait before the next allowed attempt when refused. */
  consume(key: string, now = Date.now()): { allowed: true } | { allowed: false; msBeforeNext: number } {
    this.sweep(now);
    let entry = this.keys.get(key);
    if (entry && entry.blockedUntil > now) return { allowed: false, msBeforeNext: entry.blockedUntil - now };
    if (!entry || now - entry.windowStart >= this.durationSec * 1000) {
      entry = { windowStart: now, consumed: 0, blockedUntil: 0 };
      this.keys.set(key, entry);
    }
    entry.consumed += 1;
    if (entry.consumed > this.points) {
      entry.blockedUntil = now + this.blockSec * 1000;
      return { allowed: false, msBeforeNext: this.blockSec * 1000 };
    }
    return { allowed: true };
  }

  /** The wait before `key` may try again, without consuming anything (0 when it is not blocked). */
  msBlocked(key: string, now = Date.now()): number {
    return Math.max(0, (this.keys.get(key)?.blockedUntil ?? 0) - now);
  }

  /** How many keys are remembered: only those inside their window or blocked. */
  get size(): number {
    return this.keys.size;
  }

  clear(): void {
    this.keys.clear();
  }

  /**
   * Forgets keys whose window and block are over, at most once a window: without it, a stream of spoofed
   * X-Forwarded-For addresses grows the map without bound.
   */
  private sweep(now: number): void {
    if (now - this.lastSweep < this.durationSec * 1000) return;
    this.lastSweep = now;
    for (const [key, entry] of this.keys) {
      if (now - entry.windowStart >= this.durationSec * 1000 && entry.blockedUntil <= now) this.keys.delete(key);
    }
  }
}

export interface SandboxLimiters {
  ottIssue: RateLimiter;
  exchange: RateLimiter;
  refresh: RateLimiter;
  /** Failed web sign-ins per caller address: a sandbox stand-in, the real limit is NextAuth's business. */
  webSignInFailures: RateLimiter;
}

export function createLimiters(): SandboxLimiters {
  return {
    ottIssue: new RateLimiter(10, 60),
    exchange: new RateLimiter(10, 60),
    refresh: new RateLimiter(30, 60),
    webSignInFailures: new RateLimiter(10, 300),
  };
}

/** The client IP as the real server reads it: first X-Forwarded-For entry, else X-Real-IP. */
export function clientIp(headers: Record<string, string | string[] | undefined>): string | undefined {
  const forwarded = headers["x-forwarded-for"];
  const first = (Array.isArray(forwarded) ? forwarded[0] : forwarded)?.split(",")[0]?.trim();
  if (first) return first;
  const realIp = headers["x-real-ip"];
  return (Array.isArray(realIp) ? realIp[0] : realIp)?.trim() || undefined;
}
