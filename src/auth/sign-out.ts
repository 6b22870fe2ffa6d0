import { delMany, keys } from "idb-keyval";
import { PENDING_REVOCATIONS_KEY, revokeOrRemember } from "./pending-revocations";
import { endSession, type Session } from "./session";

// The device id identifies the browser, not the user; pending revocations must outlive the session.
const KEPT_KEYS = new Set<IDBValidKey>(["alga.deviceId", PENDING_REVOCATIONS_KEY]);

/**
 * Revokes the session on the server (offline, it is retried later) and wipes every local trace of
 * the user: stored session, cached data, drafts, queued changes and Cache Storage.
 */
export async function signOut(session: Session, clearMemoryCache: () => void): Promise<void> {
  await revokeOrRemember(session.server, session.refreshToken);
  clearMemoryCache();
  const stored = await keys();
  await delMany(stored.filter((key) => !KEPT_KEYS.has(key)));
  await wipeDataCaches();
  wipeLocalStorage();
  await endSession("signed-out");
}

// Not user data: where the app is deployed and which servers were used on this device.
const KEPT_LOCAL_KEYS = new Set(["alga.runtimeConfig", "alga.recentServers"]);

function wipeLocalStorage(): void {
  for (const key of Object.keys(localStorage)) if (!KEPT_LOCAL_KEYS.has(key)) localStorage.removeItem(key);
}

/** Cache Storage entries other than the precached app shell (which holds no user data). */
async function wipeDataCaches(): Promise<void> {
  if (typeof caches === "undefined") return;
  const names = await caches.keys();
  await Promise.all(names.filter((name) => !name.includes("precache")).map((name) => caches.delete(name)));
}
