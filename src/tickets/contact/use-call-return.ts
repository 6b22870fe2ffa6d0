import { useEffect } from "react";
import { sessionScope, useSession } from "../../auth/session";
import { pendingCall } from "./pending-call";

/**
 * Calls `onReturn` when the technician comes back to the app with a call from this ticket's card not yet logged:
 * the page becoming visible again or the window regaining focus (a desktop's calling app), and on opening the
 * ticket (the phone may have closed the app during the call). `onReturn` must be stable (a state setter's call).
 */
export function useCallReturn(ticketId: string, onReturn: () => void): void {
  const [server, userId] = sessionScope(useSession()!);
  useEffect(() => {
    const check = () => {
      if (document.visibilityState === "visible" && pendingCall(server, userId, ticketId)) onReturn();
    };
    check();
    document.addEventListener("visibilitychange", check);
    window.addEventListener("focus", check);
    return () => {
      document.removeEventListener("visibilitychange", check);
      window.removeEventListener("focus", check);
    };
  }, [server, userId, ticketId, onReturn]);
}
