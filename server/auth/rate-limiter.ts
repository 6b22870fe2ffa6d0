/**
 * In-memory limiter with the semantics of rate-limiter-flexible as the real server configures it
 * (contract §3.6): `points` per `durationSec` window; going over blocks the key for `blockSec`.
 */
export class RateLimiter {
  private readonly keys = new Map<string, { windowStart: number; consumed: number; blockedUntil: number }>();

  constructor(
    private readonly points: number,
    private readonly durationSec: number,
    private readonly blockSec = 300,
  ) {}

  /** Consumes one point; returns the wait before the next allowed attempt when refused. */
  consume(key: string, now = Date.now()): { allowed: true } | { allowed: false; msBeforeNext: number } {
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

  clear(): void {
    this.keys.clear();
  }
}

export interface MobileAuthLimiters {
  ottIssue: RateLimiter;
  exchange: RateLimiter;
  refresh: RateLimiter;
}

export function createMobileAuthLimiters(): MobileAuthLimiters {
  return { ottIssue: new RateLimiter(10, 60), exchange: new RateLimiter(10, 60), refresh: new RateLimiter(30, 60) };
}

/** The client IP as the real server reads it: first X-Forwarded-For entry, else X-Real-IP. */
export function clientIp(headers: Record<string, string | string[] | undefined>): string | undefined {
  const forwarded = headers["x-forwarded-for"];
  const first = (Array.isArray(forwarded) ? forwarded[0] : forwarded)?.split(",")[0]?.trim();
  if (first) return first;
  const realIp = headers["x-real-ip"];
  return (Array.isArray(realIp) ? realIp[0] : realIp)?.trim() || undefined;
}
