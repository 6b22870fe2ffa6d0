import { useIsFetching, useQueryClient } from "@tanstack/react-query";
import { useEffect, useRef, useState } from "react";
import { sessionScope, useSession } from "../../auth/session";
import { whenIdle } from "../../lib/when-idle";
import { useTicketQueries } from "../ticket-queries";
import { clientsWorkedFor, hasTicketsOnDevice } from "./clients-worked-for";
import { isFormListsRefreshDue, lastFormListsRefresh, rememberFormListsRefresh } from "./form-lists-refresh";
import { prefetchFormLists } from "./prefetch-form-lists";
import { useReferenceQueries } from "../reference-queries";

/** The page's idle time comes first; this long at the latest once the screen's own requests are done. */
const IDLE_TIMEOUT_MS = 10_000;

/**
 * Keeps the create form's lists on the device, so that a ticket can be created offline though the form was
 * never opened online: after sign-in, on the day's first start, and on coming back online (or back to the
 * app) when the last refresh is from an earlier day. It waits until no other request is under way and the
 * page is idle, so the list never waits for it; leaving the tickets screen (for the form, or signing out) stops it.
 */
export function FormListsOnDevice() {
  const queryClient = useQueryClient();
  const [server, userId] = sessionScope(useSession()!);
  const refs = useReferenceQueries();
  const tickets = useTicketQueries();
  // The factories change with every token refresh; the run reads the latest.
  const latest = useRef({ refs, tickets });
  useEffect(() => {
    latest.current = { refs, tickets };
  });
  const othersLoading = useIsFetching() > 0;
  const wake = useWakeCount();
  // The wake a run last started on: one that failed waits for the next wake, instead of retrying in a loop.
  const triedOnWake = useRef<number | null>(null);
  // A run under way stops when the screen goes (the form loads its own lists; a sign-out allows no more requests).
  const mounted = useRef(false);
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);

  useEffect(() => {
    if (othersLoading || triedOnWake.current === wake || !navigator.onLine) return;
    if (!isFormListsRefreshDue(lastFormListsRefresh(server, userId), new Date())) return;
    return whenIdle(() => {
      const { refs, tickets } = latest.current;
      // A request that started since this render (the list's first page) goes first: this effect runs again after it.
      if (queryClient.isFetching() > 0) return;
      // Whose contacts to keep is read from the tickets on the device: none yet (the first page has not even
      // started, right after sign-in) would keep no client's contacts until tomorrow. The list's fetch runs this again.
      if (!hasTicketsOnDevice(queryClient, tickets.all)) return;
      triedOnWake.current = wake;
      const clientIds = clientsWorkedFor(queryClient, tickets.all, userId);
      void prefetchFormLists({ queryClient, refs, tickets, clientIds, keepGoing: () => mounted.current && navigator.onLine }).then(
        (complete) => complete && rememberFormListsRefresh(server, userId, Date.now()),
      );
    }, IDLE_TIMEOUT_MS);
  }, [othersLoading, wake, server, userId, queryClient]);
  return null;
}

/** Counts the moments worth a look: the network is back, or the technician is back in the app (a new day, maybe). */
function useWakeCount(): number {
  const [count, setCount] = useState(0);
  useEffect(() => {
    const wake = () => {
      if (document.visibilityState === "visible") setCount((current) => current + 1);
    };
    window.addEventListener("online", wake);
    document.addEventListener("visibilitychange", wake);
    return () => {
      window.removeEventListener("online", wake);
      document.removeEventListener("visibilitychange", wake);
    };
  }, []);
  return count;
}
