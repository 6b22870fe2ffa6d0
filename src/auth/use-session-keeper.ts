import { useEffect } from "react";
import { refreshSession } from "./refresh";
import { apiSessionOf, useSession } from "./session";

const AHEAD_MS = 60_000;
const LONGEST_TIMER_MS = 2 ** 31 - 1;

/**
 * When to refresh: a minute before expiry, or halfway through a shorter remaining lifetime — a
 * server configured with very short tokens must not be asked for a new one in a tight loop (its
 * refresh limit is 30 a minute).
 */
export function refreshDelayMs(expiresAtMs: number, now: number): number {
  const remaining = expiresAtMs - now;
  if (remaining <= 0) return 0;
  return Math.min(remaining - Math.min(AHEAD_MS, remaining / 2), LONGEST_TIMER_MS);
}

/**
 * Refreshes the access token a minute before it expires, and when the app comes back to the
 * foreground close to (or past) expiry — timers do not run while a phone sleeps. A failure for the
 * network keeps the session; the next API call's 401 tries again.
 */
export function useSessionKeeper(): void {
  const session = useSession();
  useEffect(() => {
    if (!session) return;
    const dueAt = Date.now() + refreshDelayMs(session.expiresAtMs, Date.now());
    const refreshIfDue = () => {
      if (Date.now() >= dueAt) void refreshSession(apiSessionOf(session)).catch(() => undefined);
    };
    const timer = setTimeout(refreshIfDue, dueAt - Date.now());
    const onVisible = () => {
      if (document.visibilityState === "visible") refreshIfDue();
    };
    document.addEventListener("visibilitychange", onVisible);
    return () => {
      clearTimeout(timer);
      document.removeEventListener("visibilitychange", onVisible);
    };
  }, [session]);
}
