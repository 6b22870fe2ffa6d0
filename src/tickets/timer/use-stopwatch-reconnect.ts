import { useEffect } from "react";
import { clientForAccount } from "../../api/client";
import { apiClient } from "../../api/app-client";
import { sessionScope, useSession } from "../../auth/session";
import { syncStopwatch } from "./stopwatch-timer";
import { timerKey, type StoredTimer } from "./timer-store";

/**
 * Back online, the stopwatch is told whether the timer runs: a pause or resume made offline reaches the server
 * as the state it left (pause and resume are idempotent there, awareness §10.3), before the stop is logged.
 */
export function useStopwatchReconnect(timer: StoredTimer | null): void {
  const session = useSession();
  const watching = Boolean(session && timer?.stopwatch && timer.sessionId);
  useEffect(() => {
    if (!session || !watching) return;
    const [server, userId] = sessionScope(session);
    const onOnline = () => void syncStopwatch(timerKey(session), clientForAccount(apiClient(), { server, userId }));
    window.addEventListener("online", onOnline);
    return () => window.removeEventListener("online", onOnline);
  }, [session, watching]);
}
