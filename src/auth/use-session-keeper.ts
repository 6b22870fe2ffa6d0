import { useEffect } from "react";
import { refreshSession } from "./refresh";
import { useSession } from "./session";

const AHEAD_MS = 60_000;
const LONGEST_TIMER_MS = 2 ** 31 - 1;

/**
 * Refreshes the access token a minute before it expires, and when the app comes back to the
 * foreground close to (or past) expiry — timers do not run while a phone sleeps. A failure for the
 * network keeps the session; the next API call's 401 tries again.
 */
export function useSessionKeeper(): void {
  const session = useSession();
  useEffect(() => {
    if (!session) return;
    const refreshIfDue = () => {
      if (Date.now() >= session.expiresAtMs - AHEAD_MS) void refreshSession(session.accessToken).catch(() => undefined);
    };
    const delay = Math.min(Math.max(session.expiresAtMs - AHEAD_MS - Date.now(), 0), LONGEST_TIMER_MS);
    const timer = setTimeout(refreshIfDue, delay);
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
