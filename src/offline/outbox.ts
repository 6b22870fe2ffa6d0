import { ApiError } from "../api/errors";
import type { ApiClient } from "../api/client";
import { backoffMs } from "../api/client";
import { ifWebLockFree } from "../lib/web-lock";
import { editQueue, outboxKey, readQueue } from "./outbox-store";
import type { ChangeSender, OutboxChange, QueuedChange } from "./outbox-types";

export interface OutboxScope {
  server: string;
  userId: string;
}

export interface OutboxOptions<C extends OutboxChange> {
  api: ApiClient;
  scope: OutboxScope;
  sender: ChangeSender<C>;
  /** After each change the server accepted, or that turned out to have landed: refresh what shows it. */
  onSent: (change: C) => void;
  /** Whenever the queue changed (in this tab). */
  onChange: (queue: QueuedChange<C>[]) => void;
  now?: () => number;
}

const RETRY_BASE_MS = 2_000;

/**
 * One queue for every change, persisted before anything is sent. Changes replay in order (a change
 * refused or in conflict holds back the later ones of its ticket), on start, when the network comes
 * back, after each new change and on a backoff timer. One tab replays at a time (Web Lock).
 */
export function createOutbox<C extends OutboxChange>({ api, scope, sender, onSent, onChange, now = Date.now }: OutboxOptions<C>) {
  const key = outboxKey(scope.server, scope.userId);
  let timer: ReturnType<typeof setTimeout> | null = null;
  let stopped = false;

  async function edit(change: (queue: QueuedChange<C>[]) => QueuedChange<C>[]) {
    const queue = await editQueue(key, change);
    onChange(queue);
    return queue;
  }

  const patch = (id: string, fields: Partial<QueuedChange<C>>) =>
    edit((queue) => queue.map((item) => (item.id === id ? { ...item, ...fields } : item)));
  const remove = (id: string) => edit((queue) => queue.filter((item) => item.id !== id));

  async function enqueue(change: C, baseUpdatedAt: string | null): Promise<void> {
    const item: QueuedChange<C> = {
      id: crypto.randomUUID(),
      change,
      createdAt: now(),
      baseUpdatedAt,
      state: "pending",
      attempts: 0,
      nextAttemptAt: 0,
      sentAt: null,
      error: null,
      force: false,
    };
    await edit((queue) => [...queue, item]);
    void replay();
  }

  let running: Promise<void> | null = null;
  let again = false;
  /** Replays the queue; a call during a replay makes it go round once more (a change may have arrived after it read the queue). */
  function replay(): Promise<void> {
    if (stopped) return Promise.resolve();
    if (running) {
      again = true;
      return running;
    }
    running = (async () => {
      do {
        again = false;
        await ifWebLockFree(`alga.outbox.replay:${key}`, replayOnce);
      } while (again && !stopped);
    })().finally(() => {
      running = null;
    });
    return running;
  }

  async function replayOnce(): Promise<void> {
    const blockedTickets = new Set<string>();
    for (const item of await readQueue<C>(key)) {
      if (stopped) return;
      const ticketId = item.change.ticketId;
      if (item.state === "failed" || item.state === "conflict" || blockedTickets.has(ticketId)) {
        blockedTickets.add(ticketId);
        continue;
      }
      if (item.nextAttemptAt > now()) {
        schedule(item.nextAttemptAt - now());
        return;
      }
      const keepGoing = await send(item);
      if (!keepGoing) return;
    }
  }

  /** Sends one change; false when the rest of the queue should wait (network down, session over). */
  async function send(item: QueuedChange<C>): Promise<boolean> {
    // Persisted before the request: if the app dies mid-send, the next start knows the outcome is unknown.
    const sending = { ...item, state: "sending" as const, sentAt: now(), attempts: item.attempts + 1 };
    if (sender.createsRecord(item.change)) await patch(item.id, { state: "sending", sentAt: sending.sentAt, attempts: sending.attempts });
    try {
      // `item` as it was stored says whether a previous attempt's outcome is unknown.
      const outcome = await sender.send(api, item, scope.userId);
      if (outcome === "conflict") {
        await patch(item.id, { state: "conflict", error: "Someone else changed this ticket since you opened it." });
        return true;
      }
      await remove(item.id);
      onSent(item.change);
      return true;
    } catch (error) {
      return handleFailure(sending, error);
    }
  }

  async function handleFailure(item: QueuedChange<C>, error: unknown): Promise<boolean> {
    if (!(error instanceof ApiError)) {
      await patch(item.id, { state: "failed", error: "This change could not be sent. Try again." });
      return true;
    }
    if (error.kind === "malformed" && error.status !== null && error.status < 300) {
      // The server accepted it; only its answer was unreadable.
      await remove(item.id);
      onSent(item.change);
      return true;
    }
    if (error.kind === "unauthorized") {
      // The client already tried a refresh: the session is over. Keep the change for the next sign-in.
      await patch(item.id, { state: sender.createsRecord(item.change) ? "unknown" : "pending" });
      return false;
    }
    if (error.isTransient || error.kind === "malformed") {
      // A POST whose answer never came may have landed; a PUT can simply be sent again.
      const delay = error.retryAfterMs ?? backoffMs(item.attempts, RETRY_BASE_MS);
      await patch(item.id, {
        state: sender.createsRecord(item.change) ? "unknown" : "pending",
        nextAttemptAt: now() + delay,
        error: null,
      });
      schedule(delay);
      return false;
    }
    await patch(item.id, { state: "failed", error: sender.refusalMessage(item.change, error) });
    return true;
  }

  function schedule(delayMs: number) {
    if (timer) clearTimeout(timer);
    timer = setTimeout(
      () => {
        timer = null;
        void replay();
      },
      Math.min(delayMs, 5 * 60_000),
    );
  }

  return {
    enqueue,
    replay,
    /** Sends a refused change again (after the user fixed the cause), or applies one over a conflict. */
    retry: async (id: string) => {
      await edit((queue) =>
        queue.map((item) =>
          item.id === id && (item.state === "failed" || item.state === "conflict")
            ? { ...item, state: "pending", force: item.state === "conflict" || item.force, error: null, nextAttemptAt: 0 }
            : item,
        ),
      );
      await replay();
    },
    discard: (id: string) => remove(id),
    read: () => readQueue<C>(key),
    stop: () => {
      stopped = true;
      if (timer) clearTimeout(timer);
    },
  };
}

export type Outbox<C extends OutboxChange> = ReturnType<typeof createOutbox<C>>;
