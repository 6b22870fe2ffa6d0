import { useQueryClient } from "@tanstack/react-query";
import { useEffect, useSyncExternalStore } from "react";
import { useApiClient } from "../api/api-client-context";
import { clientForAccount } from "../api/client";
import { accountQueryKey } from "../auth/session";
import { createOutbox, type Outbox } from "./outbox";
import { onQueueChangedElsewhere, outboxKey } from "./outbox-store";
import type { QueuedChange } from "./outbox-types";

/** The signed-in user's outbox, and a mirror of its queue for rendering. */
let current: Outbox | null = null;
let queue: QueuedChange[] = [];
const listeners = new Set<() => void>();

function publish(next: QueuedChange[]) {
  queue = next;
  for (const listener of listeners) listener();
}

/**
 * Runs the outbox while a user is signed in: replays on start, when the browser comes back online
 * and when the app returns to the foreground; mirrors changes made in other tabs.
 */
export function useOutboxRunner(server: string | null, userId: string | null): void {
  const api = useApiClient();
  const queryClient = useQueryClient();
  useEffect(() => {
    if (!server || !userId) return;
    // One refetch after a burst of sent changes, not one per change (a replayed queue can be long).
    let refetch: ReturnType<typeof setTimeout> | undefined;
    const refreshTickets = () => {
      clearTimeout(refetch);
      refetch = setTimeout(() => void queryClient.invalidateQueries({ queryKey: accountQueryKey(server, userId) }), 250);
    };
    const outbox = createOutbox({
      // Sends only as this user: a change queued by one user is never sent with another's session.
      api: clientForAccount(api, { server, userId }),
      scope: { server, userId },
      onChange: publish,
      // The app trusts the server's copy after a change, never the mutation's answer (contract §8.3).
      onSent: refreshTickets,
    });
    current = outbox;
    void outbox.read().then(publish);
    void outbox.replay();
    const replay = () => void outbox.replay();
    const onVisible = () => document.visibilityState === "visible" && replay();
    window.addEventListener("online", replay);
    document.addEventListener("visibilitychange", onVisible);
    const stopListening = onQueueChangedElsewhere((key) => {
      if (key === outboxKey(server, userId)) void outbox.read().then(publish);
    });
    return () => {
      clearTimeout(refetch);
      outbox.stop();
      current = null;
      publish([]);
      window.removeEventListener("online", replay);
      document.removeEventListener("visibilitychange", onVisible);
      stopListening();
    };
  }, [api, queryClient, server, userId]);
}

export function useOutboxQueue(): QueuedChange[] {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => queue,
  );
}

function running(): Outbox {
  if (!current) throw new Error("The outbox runs only while signed in");
  return current;
}

/** What screens do with the outbox; each call goes to the signed-in user's queue. */
export const outbox = {
  enqueue: (...args: Parameters<Outbox["enqueue"]>) => running().enqueue(...args),
  retry: (id: string) => running().retry(id),
  discard: (id: string) => running().discard(id),
};
