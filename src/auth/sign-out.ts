import { delMany, keys } from "idb-keyval";
import { keptOnSignOut } from "../lib/storage-keys";
import { revokeOrRemember } from "./pending-revocations";
import { endSession, type Session } from "./session";

/**
 * Revokes the session on the server (offline, it is retried later) and wipes every local trace of
 * the user: stored session, cached data, drafts, queued changes and Cache Storage.
 */
export async function signOut(session: Session, clearMemoryCache: () => void): Promise<void> {
  await revokeOrRemember(session.server, session.refreshToken);
  clearMemoryCache();
  const stored = await keys();
  await delMany(stored.filter((key) => !keptOnSignOut.indexedDb.has(key)));
  await wipeDataCaches();
  wipeLocalStorage();
  await endSession("signed-out");
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
