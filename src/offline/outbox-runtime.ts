import { useQueryClient, type QueryKey } from "@tanstack/react-query";
import { useEffect } from "react";
import { clientForAccount } from "../api/client";
import { apiClient } from "../api/app-client";
import { createExternalStore, useExternalStore } from "../lib/external-store";
import { userKeys } from "../lib/storage-keys";
import { createTabChannel } from "../lib/tab-channel";
import { readCreatedIds } from "./created-ids";
import { createOutbox, type Outbox } from "./outbox";
import { onQueueChangedElsewhere, outboxKey } from "./outbox-store";
import type { ChangeSender, CreatedIds, OutboxChange, QueuedChange } from "./outbox-types";

/** A change the server confirmed in this session: shown as delivered, and in place of the server's copy until that is refetched. */
export interface DeliveredChange<C extends OutboxChange> {
  item: QueuedChange<C>;
  at: number;
}

const DELIVERED_KEPT = 50;

const REFRESH_PAUSE_MS = 250;
const REFRESH_MAX_WAIT_MS = 3_000;
// How long a change made before the runner started waits for it; a slow phone loads the chunk in well under this.
const RUNNER_WAIT_MS = 15_000;

export interface OutboxRuntimeOptions<C extends OutboxChange> {
  sender: ChangeSender<C>;
  /** What to refetch after a burst of sent changes: the app trusts the server's copy after a change, never the mutation's answer (contract §8.3). */
  refreshAfterSent: (server: string, userId: string, sent: C[]) => QueryKey[];
  /** Of those, what is refetched even while no screen shows it: what the device checks offline against. */
  refreshUnshown?: (server: string, userId: string, sent: C[]) => QueryKey[];
  /** What else follows a ticket to its real id once it is created (what is being typed on it, say); before screens move. */
  moveCreated?: (scope: { server: string; userId: string }, temporaryId: string, realId: string) => Promise<void>;
}

/**
 * The signed-in user's outbox, and a mirror of its queue for rendering: the runner hook (mounted
 * once, by the app), the queue hook and the actions screens use.
 */
export function createOutboxRuntime<C extends OutboxChange>({
  sender,
  refreshAfterSent,
  refreshUnshown,
  moveCreated,
}: OutboxRuntimeOptions<C>) {
  let current: Outbox<C> | null = null;
  const waitingForRunner: ((outbox: Outbox<C>) => void)[] = [];
  const queue = createExternalStore<QueuedChange<C>[]>([]);
  const publish = queue.set;

  const delivered = createExternalStore<DeliveredChange<C>[]>([]);
  // The tab that replays tells the others, which would otherwise only see the change leave the queue.
  const deliveredChannel = createTabChannel<QueuedChange<C>>("alga.outbox.delivered");
  function publishDelivered(item: QueuedChange<C>) {
    delivered.set([...delivered.get().slice(-(DELIVERED_KEPT - 1)), { item, at: Date.now() }]);
  }
  deliveredChannel.listen(publishDelivered);

  // Tickets created through the outbox (in any tab): screens showing a temporary id move to the real one.
  const created = createExternalStore<CreatedIds>({});
  const publishCreated = created.set;

  /**
   * Runs the outbox while a user is signed in: replays on start, when the browser comes back online
   * and when the app returns to the foreground; mirrors changes made in other tabs.
   */
  function useOutboxRunner(server: string | null, userId: string | null): void {
    const queryClient = useQueryClient();
    useEffect(() => {
      if (!server || !userId) return;
      // One refetch after a burst of sent changes, not one per change: a replayed queue can be long, and
      // when each send takes longer than the pause a refetch per change (of ever longer comment lists)
      // slowed a 1 000-change replay down. During a long burst, one refetch every few seconds.
      let refetch: ReturnType<typeof setTimeout> | undefined;
      let burstStartedAt: number | null = null;
      let sentInBurst: C[] = [];
      const refreshTickets = () => {
        clearTimeout(refetch);
        burstStartedAt ??= Date.now();
        const wait = Math.max(0, Math.min(REFRESH_PAUSE_MS, burstStartedAt + REFRESH_MAX_WAIT_MS - Date.now()));
        refetch = setTimeout(() => {
          burstStartedAt = null;
          const sent = sentInBurst;
          sentInBurst = [];
          for (const queryKey of refreshAfterSent(server, userId, sent)) void queryClient.invalidateQueries({ queryKey });
          for (const queryKey of refreshUnshown?.(server, userId, sent) ?? [])
            void queryClient.invalidateQueries({ queryKey, refetchType: "all" });
        }, wait);
      };
      const onSent = (item: QueuedChange<C>) => {
        publishDelivered(item);
        deliveredChannel.post(item);
        sentInBurst.push(item.change);
        refreshTickets();
      };
      const createdKey = userKeys.createdTickets(server, userId);
      const readCreated = () => void readCreatedIds(createdKey).then(publishCreated);
      const outbox = createOutbox({
        // Sends only as this user: a change queued by one user is never sent with another's session.
        api: clientForAccount(apiClient(), { server, userId }),
        scope: { server, userId },
        sender,
        onChange: publish,
        onSent,
        onCreated: (temporaryId, realId) =>
          void Promise.resolve(moveCreated?.({ server, userId }, temporaryId, realId))
            .catch(() => undefined)
            .then(() => publishCreated({ ...created.get(), [temporaryId]: realId })),
      });
      current = outbox;
      for (const resolve of waitingForRunner.splice(0)) resolve(outbox);
      void outbox.read().then(publish);
      readCreated();
      void outbox.replay();
      const replay = () => void outbox.replay({ retryNow: true });
      const onVisible = () => document.visibilityState === "visible" && replay();
      window.addEventListener("online", replay);
      document.addEventListener("visibilitychange", onVisible);
      // What another tab sent is on the server too: this tab's screens refresh as that tab's do.
      const stopHearingSent = deliveredChannel.listen((item) => {
        sentInBurst.push(item.change);
        refreshTickets();
      });
      const stopListening = onQueueChangedElsewhere((key) => {
        if (key !== outboxKey(server, userId)) return;
        void outbox.read().then(publish);
        // Recorded before the queue changed: a create sent by another tab is known once its change left the queue.
        readCreated();
      });
      return () => {
        clearTimeout(refetch);
        outbox.stop();
        current = null;
        publish([]);
        publishCreated({});
        delivered.set([]);
        window.removeEventListener("online", replay);
        document.removeEventListener("visibilitychange", onVisible);
        stopListening();
        stopHearingSent();
      };
    }, [queryClient, server, userId]);
  }

  function useOutboxQueue(): QueuedChange<C>[] {
    return useExternalStore(queue);
  }

  /** The changes the server confirmed in this session (in any tab), oldest first. */
  function useDeliveredChanges(): DeliveredChange<C>[] {
    return useExternalStore(delivered);
  }

  /** The real id of a ticket created with `temporaryId`, once the server has it. */
  function useCreatedId(temporaryId: string): string | null {
    return useExternalStore(created, (ids) => ids[temporaryId] ?? null);
  }

  /**
   * The signed-in user's outbox. The runner is a chunk of its own, loaded after the first screen: a change made
   * before it started (a note typed at once on a slow phone, offline) waits for it rather than failing.
   */
  function running(): Promise<Outbox<C>> {
    if (current) return Promise.resolve(current);
    return new Promise((resolve, reject) => {
      waitingForRunner.push(resolve);
      setTimeout(() => reject(new Error("The outbox runs only while signed in")), RUNNER_WAIT_MS);
    });
  }

  /** What screens do with the outbox; each call goes to the signed-in user's queue. */
  const outbox = {
    enqueue: async (...args: Parameters<Outbox<C>["enqueue"]>) => (await running()).enqueue(...args),
    retry: async (id: string) => (await running()).retry(id),
    discard: async (id: string) => (await running()).discard(id),
    revise: async (id: string, change: C) => (await running()).revise(id, change),
    cancel: async (id: string) => (await running()).cancel(id),
  };

  return { useOutboxRunner, useOutboxQueue, useDeliveredChanges, useCreatedId, outbox };
}
