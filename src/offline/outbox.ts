import { ApiError } from "../api/errors";
import type { ApiClient } from "../api/client";
import { backoffMs } from "../api/client";
import { ifWebLockFree } from "../lib/web-lock";
import { userKeys } from "../lib/storage-keys";
import { readCreatedIds, recordCreatedId, replaceId } from "./created-ids";
import { editQueue, outboxKey, readQueue } from "./outbox-store";
import { heldBack } from "./held-back";
import { storedText } from "../i18n/stored-text";
import { t } from "../i18n/active-language";
import type { ChangeSender, CreatedIds, OutboxChange, QueuedChange } from "./outbox-types";

export interface OutboxScope {
  server: string;
  userId: string;
}

export interface OutboxOptions<C extends OutboxChange> {
  api: ApiClient;
  scope: OutboxScope;
  sender: ChangeSender<C>;
  /** After each change the server accepted, or that turned out to have landed: refresh what shows it. */
  onSent: (item: QueuedChange<C>) => void;
  /** Whenever the queue changed (in this tab). */
  onChange: (queue: QueuedChange<C>[]) => void;
  /** After a ticket created with a temporary id got its real one (the later changes already carry it). */
  onCreated?: (temporaryId: string, realId: string) => void;
  now?: () => number;
  /** Whether the device has a network at all; `navigator.onLine` is false only when it surely has none. */
  isOnline?: () => boolean;
}

const RETRY_BASE_MS = 2_000;
const SENDABLE = new Set<QueuedChange<OutboxChange>["state"]>(["pending", "sending", "unknown"]);

/**
 * One queue for every change, persisted before anything is sent. Changes replay in order (a change
 * refused or in conflict holds back only the later changes that depend on it), on start, when the
 * network comes back, after each new change and on a backoff timer. One tab replays at a time (Web Lock).
 */
const browserOnline = () => typeof navigator === "undefined" || navigator.onLine !== false;

export function createOutbox<C extends OutboxChange>({
  api,
  scope,
  sender,
  onSent,
  onChange,
  onCreated,
  now = Date.now,
  isOnline = browserOnline,
}: OutboxOptions<C>) {
  const key = outboxKey(scope.server, scope.userId);
  const createdKey = userKeys.createdTickets(scope.server, scope.userId);
  let created: CreatedIds = {};
  let timer: ReturnType<typeof setTimeout> | null = null;
  let stopped = false;

  // A stopped outbox (signed out, or another account signed in) tells nothing: a send that was in flight
  // must not put this user's queue or deliveries in front of the next user.
  async function edit(change: (queue: QueuedChange<C>[]) => QueuedChange<C>[]) {
    const queue = await editQueue(key, change);
    if (!stopped) onChange(queue);
    return queue;
  }
  const tellSent = (item: QueuedChange<C>) => {
    if (!stopped) onSent(item);
  };

  const patch = (id: string, fields: Partial<QueuedChange<C>>) =>
    edit((queue) => queue.map((item) => (item.id === id ? { ...item, ...fields } : item)));
  const remove = (id: string) => edit((queue) => queue.filter((item) => item.id !== id));

  /**
   * Queues a change and returns its id. `holdMs` keeps it back that long before its first send, so
   * the user can still undo it (Undo only ever removes a change that has not been handed to the network).
   */
  async function enqueue(change: C, baseUpdatedAt: string | null, { holdMs = 0 } = {}): Promise<string> {
    const item: QueuedChange<C> = {
      id: crypto.randomUUID(),
      change,
      createdAt: now(),
      baseUpdatedAt,
      state: "pending",
      attempts: 0,
      nextAttemptAt: holdMs > 0 ? now() + holdMs : 0,
      sentAt: null,
      error: null,
      force: false,
    };
    const queue = await edit((queue) => [...queue, item]);
    // The queue refuses writes once its user is signed out (in any tab): say so, so that the caller
    // does not count on the change, and drops what it stored for it (a photo's bytes).
    if (!queue.some((queued) => queued.id === item.id)) throw new Error(t("changes.notQueuedSignedOut"));
    void replay();
    return item.id;
  }

  let running: Promise<void> | null = null;
  let again = false;
  let skipBackoff = false;
  /**
   * Replays the queue; a call during a replay makes it go round once more (a change may have arrived
   * after it read the queue). `retryNow` (the network is back, the app is in front again) sends changes
   * that wait out a backoff at once: a technician back in signal must not wait minutes for a timer.
   */
  function replay({ retryNow = false } = {}): Promise<void> {
    if (stopped) return Promise.resolve();
    skipBackoff ||= retryNow;
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
    // Offline, a send can only fail and lengthen the backoff; the "online" event replays.
    if (!isOnline()) return;
    const retryNow = skipBackoff;
    skipBackoff = false;
    created = await readCreatedIds(createdKey);
    const queue = await readQueue<C>(key);
    const held = heldBack(queue, sender.dependsOn);
    for (const item of queue) {
      if (stopped) return;
      if (!SENDABLE.has(item.state) || held.has(item.id)) continue;
      // A change never tried is only held for Undo: that hold is kept, a backoff is not.
      const waiting = item.nextAttemptAt > now() && !(retryNow && item.attempts > 0);
      if (waiting) {
        schedule(item.nextAttemptAt - now());
        return;
      }
      const keepGoing = await send(item);
      if (!keepGoing) return;
    }
  }

  /** Sends one change; false when the rest of the queue should wait (network down, session over). */
  async function send(item: QueuedChange<C>): Promise<boolean> {
    // Stored with the claim below, so a change whose outcome is in doubt always carries them.
    let lookalikesBefore: string[] | null = null;
    if (item.state === "pending" && sender.lookalikes) {
      try {
        lookalikesBefore = await sender.lookalikes(api, withCreatedId(item).change, scope.userId);
      } catch (error) {
        return handleFailure({ ...item, attempts: item.attempts + 1 }, error, { sent: false });
      }
    }
    // Claimed and persisted before the request, in one atomic edit: a change undone meanwhile (in any
    // tab) is not sent, and a claimed one can no longer be undone; if the app dies mid-send, the next
    // start knows the outcome is unknown.
    const claimed: { stored?: QueuedChange<C> } = {};
    const sending = { ...item, state: "sending" as const, sentAt: now(), attempts: item.attempts + 1 };
    // A change queued with a ticket's temporary id just as the ticket was created goes out with the real id.
    await edit((queue) =>
      queue.map((current) => {
        if (current.id !== item.id || !SENDABLE.has(current.state)) return current;
        claimed.stored = lookalikesBefore ? { ...withCreatedId(current), lookalikesBefore } : withCreatedId(current);
        return { ...claimed.stored, state: "sending", sentAt: sending.sentAt, attempts: sending.attempts };
      }),
    );
    const stored = claimed.stored;
    if (!stored) return true;
    try {
      // The change as it was stored says whether a previous attempt's outcome is unknown.
      const outcome = await sender.send(api, stored, scope.userId, created);
      if (outcome === "conflict") {
        await patch(item.id, { state: "conflict", error: storedText("changes.conflict") });
        return true;
      }
      if (typeof outcome === "object") {
        tellSent(await ticketCreated(stored, outcome.createdTicketId));
        return true;
      }
      await remove(item.id);
      tellSent(stored);
      return true;
    } catch (error) {
      return handleFailure(sending, error);
    }
  }

  function withCreatedId(item: QueuedChange<C>): QueuedChange<C> {
    const realId = created[item.change.ticketId];
    return realId ? { ...item, change: replaceId(item.change, item.change.ticketId, realId) } : item;
  }

  /**
   * The create leaves the queue and every later change of its ticket takes the real id, in one edit, after
   * the id is on record: nothing is ever sent with the temporary id. Resolves the create as delivered.
   */
  async function ticketCreated(item: QueuedChange<C>, realId: string): Promise<QueuedChange<C>> {
    const temporaryId = item.change.ticketId;
    await recordCreatedId(createdKey, temporaryId, realId);
    created = { ...created, [temporaryId]: realId };
    await edit((queue) =>
      queue
        .filter((current) => current.id !== item.id)
        .map((current) => (current.change.ticketId === temporaryId ? withCreatedId(current) : current)),
    );
    if (!stopped) onCreated?.(temporaryId, realId);
    return withCreatedId(item);
  }

  /** `sent: false` when the change itself never left (a look-up before it failed): it cannot have landed. */
  async function handleFailure(item: QueuedChange<C>, error: unknown, { sent = true } = {}): Promise<boolean> {
    if (!(error instanceof ApiError)) {
      await patch(item.id, { state: "failed", error: storedText("changes.notSent") });
      return true;
    }
    const mayHaveLanded = sent && sender.createsRecord(item.change);
    if (sent && error.kind === "malformed" && error.status !== null && error.status < 300) {
      // The server accepted it; only its answer was unreadable.
      await remove(item.id);
      tellSent(item);
      return true;
    }
    if (error.kind === "unauthorized") {
      // The client already tried a refresh: the session is over. Keep the change for the next sign-in.
      await patch(item.id, { state: mayHaveLanded ? "unknown" : "pending" });
      return false;
    }
    if (error.isTransient || error.kind === "malformed") {
      // A POST whose answer never came may have landed; a PUT can simply be sent again.
      const delay = error.retryAfterMs ?? backoffMs(item.attempts, RETRY_BASE_MS);
      await patch(item.id, {
        state: mayHaveLanded ? "unknown" : "pending",
        nextAttemptAt: now() + delay,
        error: null,
      });
      schedule(delay);
      return false;
    }
    await patch(item.id, { state: "failed", error: sender.refusalMessage(item.change, error), errorDetails: error.details });
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
    /** Sends a refused (or never sent) change with what the user corrected: a new ticket's fields, say. */
    revise: async (id: string, change: C) => {
      await edit((queue) =>
        queue.map((item) =>
          item.id === id && (item.state === "failed" || (item.state === "pending" && item.attempts === 0))
            ? { ...item, change, state: "pending", error: null, errorDetails: undefined, nextAttemptAt: 0 }
            : item,
        ),
      );
      await replay();
    },
    /**
     * Undo: removes a change only if it was never handed to the network (or the server refused it),
     * atomically against the replaying tab. Resolves the removed change, or null when it is already
     * on its way or sent.
     */
    cancel: async (id: string): Promise<QueuedChange<C> | null> => {
      const undone: { removed: QueuedChange<C> | null } = { removed: null };
      await edit((queue) =>
        queue.filter((item) => {
          const undoable = item.state === "failed" || item.state === "conflict" || (item.state === "pending" && item.attempts === 0);
          if (item.id !== id || !undoable) return true;
          undone.removed = item;
          return false;
        }),
      );
      return undone.removed;
    },
    read: () => readQueue<C>(key),
    stop: () => {
      stopped = true;
      if (timer) clearTimeout(timer);
    },
  };
}

export type Outbox<C extends OutboxChange> = ReturnType<typeof createOutbox<C>>;
