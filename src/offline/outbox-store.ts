import { get, set } from "idb-keyval";
import { userKeys } from "../lib/storage-keys";
import { withWebLock } from "../lib/web-lock";
import type { OutboxChange, QueuedChange } from "./outbox-types";

/**
 * The queue lives in IndexedDB, one record per server and user, and is only changed under a Web
 * Lock so two tabs never overwrite each other's edits. Other tabs hear about changes on a BroadcastChannel.
 */
export const outboxKey = userKeys.outbox;

const channel = typeof BroadcastChannel === "undefined" ? null : new BroadcastChannel("alga.outbox");

export async function readQueue<C extends OutboxChange>(key: string): Promise<QueuedChange<C>[]> {
  return (await get<QueuedChange<C>[]>(key)) ?? [];
}

/** Applies `edit` to the stored queue atomically and tells every tab. */
export async function editQueue<C extends OutboxChange>(
  key: string,
  edit: (queue: QueuedChange<C>[]) => QueuedChange<C>[],
): Promise<QueuedChange<C>[]> {
  const next = await withWebLock("alga.outbox.write", async () => {
    const updated = edit(await readQueue<C>(key));
    await set(key, updated);
    return updated;
  });
  channel?.postMessage(key);
  return next;
}

export function onQueueChangedElsewhere(listener: (key: string) => void): () => void {
  if (!channel) return () => undefined;
  const handler = (event: MessageEvent) => listener(String(event.data));
  channel.addEventListener("message", handler);
  return () => channel.removeEventListener("message", handler);
}
