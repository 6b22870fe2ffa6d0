import { get, set } from "idb-keyval";
import { useEffect, useSyncExternalStore } from "react";
import { writeIfSignedIn } from "../../auth/account-writes";
import { sessionScope, useSession, type Session } from "../../auth/session";
import { userKeys } from "../../lib/storage-keys";
import { withWebLock } from "../../lib/web-lock";
import { NOTHING_SEEN, type Seen } from "./unseen";

/**
 * The seen state of an account, in IndexedDB so reloads, offline and other tabs see the same; sign-out wipes it
 * with the rest of the account's keys (lib/storage-keys.ts). A BroadcastChannel tells the other tabs to read it again.
 */
const seenKey = (session: Session) => userKeys.seenNotifications(...sessionScope(session));

const channel = typeof BroadcastChannel === "undefined" ? null : new BroadcastChannel("alga.seenNotifications");

let snapshot: { key: string | null; seen: Seen } = { key: null, seen: NOTHING_SEEN };
const listeners = new Set<() => void>();

function publish(key: string, seen: Seen) {
  if (snapshot.key !== key) return;
  snapshot = { key, seen };
  for (const listener of listeners) listener();
}

async function reload(key: string) {
  publish(key, (await get<Seen>(key)) ?? NOTHING_SEEN);
}

channel?.addEventListener("message", (event: MessageEvent<string>) => {
  if (event.data === snapshot.key) void reload(event.data);
});

/** Changes the stored state atomically across tabs, then tells them; nothing is written once the account signed out. */
export async function editSeen(session: Session, edit: (seen: Seen) => Seen): Promise<void> {
  const key = seenKey(session);
  let result: Seen | null = null;
  await writeIfSignedIn(key, () =>
    withWebLock(`alga.seenNotifications.write:${key}`, async () => {
      const current = (await get<Seen>(key)) ?? NOTHING_SEEN;
      const next = edit(current);
      if (next === current) return;
      result = next;
      await set(key, next);
    }),
  );
  if (!result) return;
  publish(key, result);
  channel?.postMessage(key);
}

/** The signed-in account's seen state, following other tabs (and a message missed while in the background). */
export function useSeen(): Seen {
  const session = useSession();
  const key = session ? seenKey(session) : null;
  useEffect(() => {
    if (!key) return;
    if (snapshot.key !== key) snapshot = { key, seen: NOTHING_SEEN };
    void reload(key);
    const onVisible = () => document.visibilityState === "visible" && void reload(key);
    document.addEventListener("visibilitychange", onVisible);
    return () => document.removeEventListener("visibilitychange", onVisible);
  }, [key]);
  const state = useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => snapshot,
  );
  return key && state.key === key ? state.seen : NOTHING_SEEN;
}
