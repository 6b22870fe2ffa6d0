import { get, set } from "idb-keyval";
import { writeIfSignedIn } from "../auth/account-writes";
import type { QueuedChange } from "./outbox-types";

/**
 * The queue lives in IndexedDB, one record per server and user, and is only changed under a Web
 * Lock so two tabs never overwrite each other's edits. Other tabs hear about changes on a BroadcastChannel.
 */
export function outboxKey(server: string, userId: string): string {
  return `alga.outbox:${server}:${userId}`;
}

const channel = typeof BroadcastChannel === "undefined" ? null : new BroadcastChannel("alga.outbox");

let localChain: Promise<unknown> = Promise.resolve();

function withLock<T>(task: () => Promise<T>): Promise<T> {
  if (typeof navigator !== "undefined" && navigator.locks) return navigator.locks.request("alga.outbox.write", task);
  // No Web Locks: at least serialise this tab's writes.
  const run = localChain.then(task, task);
  localChain = run.catch(() => undefined);
  return run;
}

export async function readQueue(key: string): Promise<QueuedChange[]> {
  return (await get<QueuedChange[]>(key)) ?? [];
}

/**
 * Applies `edit` to the stored queue atomically and tells every tab. Only while the queue's user is
 * signed in: after a sign-out (even one in another tab) nothing writes a queue back.
 */
export async function editQueue(key: string, edit: (queue: QueuedChange[]) => QueuedChange[]): Promise<QueuedChange[]> {
  let next: QueuedChange[] | null = null;
  await writeIfSignedIn(key, () =>
    withLock(async () => {
      next = edit(await readQueue(key));
      await set(key, next);
    }),
  );
  if (!next) return readQueue(key);
  channel?.postMessage(key);
  return next;
}

export function onQueueChangedElsewhere(listener: (key: string) => void): () => void {
  if (!channel) return () => undefined;
  const handler = (event: MessageEvent) => listener(String(event.data));
  channel.addEventListener("message", handler);
  return () => channel.removeEventListener("message", handler);
}
