import { clear, createStore, delMany, keys } from "idb-keyval";
import { fileDatabase, keptOnSignOut } from "../lib/storage-keys";
import { withWebLock } from "../lib/web-lock";
import { wipeExclusively } from "./account-writes";
import { revokeOrRemember } from "./pending-revocations";
import { REFRESH_LOCK } from "./refresh";
import { announceSignOut, endSession, type Session } from "./session";
import { readStoredSession } from "./session-store";

/**
 * Revokes the session on the server (offline, it is retried later) and wipes every local trace of
 * the user: stored session, cached data, drafts, queued changes, Cache Storage and this tab's
 * sessionStorage; every other tab hears of it and shows the sign-in screen too.
 *
 * It holds the refresh lock: a refresh in flight (here or in another tab) finishes first, so the
 * tokens revoked are the live ones, and none is saved after the wipe.
 */
export function signOut(session: Session, clearMemoryCache: () => void): Promise<void> {
  announceSignOut(session);
  return withWebLock(REFRESH_LOCK, async () => {
    // Another tab may have rotated the tokens since this one last looked: revoke the stored pair too.
    const stored = await readStoredSession();
    const tokens = new Map([[session.refreshToken, session.server]]);
    if (stored) tokens.set(stored.refreshToken, stored.server);
    await Promise.all([...tokens].map(([refreshToken, server]) => revokeOrRemember(server, refreshToken)));
    clearMemoryCache();
    await wipeExclusively(async () => {
      const stored = await keys();
      await delMany(stored.filter((key) => !keptOnSignOut.indexedDb.has(key)));
      await clear(createStore(fileDatabase.name, fileDatabase.store));
      await wipeDataCaches();
      wipeLocalStorage();
      sessionStorage.clear();
    });
    await endSession("signed-out");
  });
}

function wipeLocalStorage(): void {
  for (const key of Object.keys(localStorage)) if (!keptOnSignOut.localStorage.has(key)) localStorage.removeItem(key);
}

/** Cache Storage entries other than the precached app shell (which holds no user data). */
async function wipeDataCaches(): Promise<void> {
  if (typeof caches === "undefined") return;
  const names = await caches.keys();
  await Promise.all(names.filter((name) => !name.includes("precache")).map((name) => caches.delete(name)));
}
