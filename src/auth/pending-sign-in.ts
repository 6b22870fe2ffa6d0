import { del, get, set } from "idb-keyval";
import { userKeys } from "../lib/storage-keys";

/** What the app remembers between leaving for the server's sign-in page and coming back to /auth/callback. */
export interface PendingSignIn {
  state: string;
  server: string;
  createdAtMs: number;
  /** Where the user was when their session ended, to take them back there. */
  returnTo: string;
}

// IndexedDB, not sessionStorage: on iOS the callback may open in a new browsing context (see README).
const PENDING_KEY = userKeys.pendingSignIn;

/** A sign-in started longer ago than this is refused; the server's one-time token lives 60 s anyway. */
export const PENDING_MAX_AGE_MS = 10 * 60_000;

export function savePendingSignIn(pending: PendingSignIn): Promise<void> {
  return set(PENDING_KEY, pending);
}

/** Reads and deletes in one step: a pending sign-in is good for one callback only. */
export async function takePendingSignIn(): Promise<PendingSignIn | null> {
  const pending = await get<PendingSignIn>(PENDING_KEY);
  await del(PENDING_KEY);
  return pending ?? null;
}

export function randomState(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(32));
  return btoa(String.fromCharCode(...bytes))
    .replace(/\+/g, "-")
    .replace(/\//g, "_")
    .replace(/=+$/, "");
}
