import { useQueryClient } from "@tanstack/react-query";
import { useEffect, useSyncExternalStore } from "react";
import { useApiClient } from "../api/api-client-context";
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

/** A change the server confirmed in this session: shown as delivered, and in place of the server's copy until that is refetched. */
export interface DeliveredChange {
  item: QueuedChange;
  at: number;
}
const DELIVERED_KEPT = 50;
let delivered: DeliveredChange[] = [];
const deliveredListeners = new Set<() => void>();
// The tab that replays tells the others, which would otherwise only see the change leave the queue.
const deliveredChannel = typeof BroadcastChannel === "undefined" ? null : new BroadcastChannel("alga.outbox.delivered");

function publishDelivered(item: QueuedChange, at = Date.now()) {
  delivered = [...delivered.slice(-(DELIVERED_KEPT - 1)), { item, at }];
  for (const listener of deliveredListeners) listener();
}
deliveredChannel?.addEventListener("message", (event: MessageEvent<QueuedChange>) => publishDelivered(event.data));

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
      api,
      scope: { server, userId },
      onChange: publish,
      // The app trusts the server's copy after a change, never the mutation's answer (contract §8.3).
      onSent: (item) => {
        publishDelivered(item);
        deliveredChannel?.postMessage(item);
        refreshTickets();
      },
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
      delivered = [];
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

/** The changes delivered in this session, oldest first. */
export function useDeliveredChanges(): DeliveredChange[] {
  return useSyncExternalStore(
    (listener) => {
      deliveredListeners.add(listener);
      return () => deliveredListeners.delete(listener);
    },
    () => delivered,
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
  cancel: (id: string) => running().cancel(id),
};
