import { createStore, promisifyRequest } from "idb-keyval";
import { writeIfSignedIn } from "../auth/account-writes";
import { userKeys } from "../lib/storage-keys";
import { createTabChannel } from "../lib/tab-channel";
import { withWebLock } from "../lib/web-lock";
import type { OutboxChange, QueuedChange } from "./outbox-types";

/**
 * The queue lives in IndexedDB, per server and user, and is only changed under a Web Lock so two
 * tabs never overwrite each other's edits. Other tabs hear about changes on a BroadcastChannel.
 *
 * One record per change plus a small index (the order of ids and a generation number): an edit
 * writes only the changes it touched, so queuing or sending one of 1 000 queued changes does not
 * rewrite the other 999. The generation lets this tab reuse its copy of the queue when no other
 * tab wrote since, instead of reading every record back on each edit.
 */
export const outboxKey = userKeys.outbox;

/** idb-keyval's own database, so signing out (which clears it) wipes the queue too. */
const store = createStore("keyval-store", "keyval");

interface QueueIndex {
  ids: string[];
  generation: string;
}

/** Before per-change records, the whole queue was one array under `key`: still read, rewritten on the next edit. */
type StoredIndex = QueueIndex | QueuedChange<OutboxChange>[];

const itemKey = (key: string, id: string) => `${key}:change:${id}`;

const channel = createTabChannel<string>("alga.outbox");

/** This tab's copy of each queue, valid while the stored generation is the one it was read or written at. */
const copies = new Map<string, { generation: string; queue: QueuedChange<OutboxChange>[] }>();

async function readStored(key: string): Promise<{ generation: string | null; queue: QueuedChange<OutboxChange>[] }> {
  return store("readonly", async (objects) => {
    const index = (await promisifyRequest(objects.get(key))) as StoredIndex | undefined;
    if (!index) return { generation: null, queue: [] };
    if (Array.isArray(index)) return { generation: null, queue: index };
    const copy = copies.get(key);
    if (copy?.generation === index.generation) return copy;
    const items = await Promise.all(index.ids.map((id) => promisifyRequest(objects.get(itemKey(key, id)))));
    const queue = items.filter((item): item is QueuedChange<OutboxChange> => item !== undefined);
    copies.set(key, { generation: index.generation, queue });
    return { generation: index.generation, queue };
  });
}

export async function readQueue<C extends OutboxChange>(key: string): Promise<QueuedChange<C>[]> {
  return (await readStored(key)).queue as QueuedChange<C>[];
}

/** Writes what changed between `before` and `after` (by object identity), and the index, in one transaction. */
async function writeChanges(
  key: string,
  before: QueuedChange<OutboxChange>[],
  after: QueuedChange<OutboxChange>[],
  legacy: boolean,
): Promise<string> {
  const generation = crypto.randomUUID();
  const kept = new Set(after);
  const afterIds = new Set(after.map((item) => item.id));
  const unchanged = legacy ? new Set<QueuedChange<OutboxChange>>() : new Set(before);
  await store("readwrite", (objects) => {
    for (const item of before) if (!afterIds.has(item.id)) objects.delete(itemKey(key, item.id));
    for (const item of kept) if (!unchanged.has(item)) objects.put(item, itemKey(key, item.id));
    if (after.length === 0) objects.delete(key);
    else objects.put({ ids: after.map((item) => item.id), generation } satisfies QueueIndex, key);
    return promisifyRequest(objects.transaction);
  });
  return generation;
}

/**
 * Applies `edit` to the stored queue atomically and tells every tab. `edit` must return the items
 * it did not change as the same objects (map and filter do): only new or replaced objects are written.
 * Only while the queue's user is signed in: after a sign-out (even in another tab) nothing writes a queue back.
 */
export async function editQueue<C extends OutboxChange>(
  key: string,
  edit: (queue: QueuedChange<C>[]) => QueuedChange<C>[],
): Promise<QueuedChange<C>[]> {
  let next: QueuedChange<C>[] | null = null;
  await writeIfSignedIn(key, () =>
    withWebLock("alga.outbox.write", async () => {
      const { generation, queue: stored } = await readStored(key);
      const queue = stored as QueuedChange<C>[];
      const updated = edit(queue);
      next = updated;
      if (updated === queue) return;
      copies.delete(key);
      const written = await writeChanges(key, queue, updated, generation === null && queue.length > 0);
      copies.set(key, { generation: written, queue: updated });
    }),
  );
  if (!next) return readQueue<C>(key);
  channel.post(key);
  return next;
}

export const onQueueChangedElsewhere = channel.listen;
