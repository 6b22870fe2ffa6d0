import { ApiError } from "../../api/errors";

/** About once a minute while the app is visible and online (issue 25: what a phone and a rate limit can afford). */
export const POLL_MS = 60_000;
const MAX_BACKOFF_MS = 15 * 60_000;

/**
 * The wait before the next poll after `failures` failures in a row: a minute when all is well, then doubling
 * (2, 4, 8… at most 15 minutes), never shorter than the wait a 429 asks for (its details; the Retry-After
 * header is not readable cross-origin).
 */
export function nextPollMs(failures: number, lastError: unknown): number {
  if (failures === 0) return POLL_MS;
  const backoff = Math.min(POLL_MS * 2 ** failures, MAX_BACKOFF_MS);
  const asked = lastError instanceof ApiError ? (lastError.retryAfterMs ?? 0) : 0;
  return Math.max(backoff, asked);
}

/** Failures in a row per account: TanStack Query counts only those of the current fetch. */
export class PollStreak {
  private failures = new Map<string, number>();

  failed(account: string): void {
    this.failures.set(account, this.count(account) + 1);
  }

  succeeded(account: string): void {
    this.failures.delete(account);
  }

  count(account: string): number {
    return this.failures.get(account) ?? 0;
  }
}
