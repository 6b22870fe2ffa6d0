import { useSyncExternalStore } from "react";
import { deleteStoredSession, readStoredSession, writeStoredSession, type Session } from "./session-store";

export type { Session } from "./session-store";

/** Why the last session ended, shown on the sign-in screen. */
export type SessionEndReason = "signed-out" | "expired" | "revoked";

interface SessionState {
  session: Session | null;
  endReason: SessionEndReason | null;
}

let state: SessionState = { session: null, endReason: null };
const listeners = new Set<() => void>();

function publish(next: SessionState) {
  state = next;
  for (const listener of listeners) listener();
}

/** Restores the stored session before the first paint: an IndexedDB read, no network. */
export async function restoreSession(): Promise<void> {
  publish({ session: await readStoredSession(), endReason: null });
}

export function currentSession(): Session | null {
  return state.session;
}

/** Persists first, then publishes: a session the app uses is always one it can find after a reload. */
export async function saveSession(session: Session): Promise<void> {
  await writeStoredSession(session);
  publish({ session, endReason: null });
}

/** Adopts a session another tab stored (after its refresh), without writing. */
export function adoptSession(session: Session | null): void {
  if (session?.accessToken !== state.session?.accessToken) publish({ ...state, session });
}

export async function endSession(reason: SessionEndReason): Promise<void> {
  await deleteStoredSession();
  publish({ session: null, endReason: reason });
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function sessionSnapshot(): SessionState {
  return state;
}

export function useSessionState(): SessionState {
  return useSyncExternalStore(subscribe, sessionSnapshot);
}

export function useSession(): Session | null {
  return useSessionState().session;
}

/** Which server and user a session is: what keeps two accounts or servers apart on one device. */
export function sessionScope(session: Session): [server: string, userId: string] {
  return [session.server, session.user.id];
}
