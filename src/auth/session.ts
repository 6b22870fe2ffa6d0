import type { ApiSession } from "../api/client";
import { createExternalStore, useExternalStore } from "../lib/external-store";
import { createTabChannel } from "../lib/tab-channel";
import { deleteStoredSession, readStoredSession, writeStoredSession, type Session } from "./session-store";

export type { Session } from "./session-store";

/** Why the last session ended, shown on the sign-in screen. */
export type SessionEndReason = "signed-out" | "expired" | "revoked" | "switched";

interface SessionState {
  session: Session | null;
  endReason: SessionEndReason | null;
  /** A session another window signed in, which this one has not taken up: it is offered, never adopted silently. */
  elsewhere: Session | null;
}

const store = createExternalStore<SessionState>({ session: null, endReason: null, elsewhere: null });
const publish = store.set;

/** Same server and same user: the only sessions that may take each other's place. */
export function sameAccount(a: { server: string; user: { id: string } }, b: { server: string; user: { id: string } }): boolean {
  return a.server === b.server && a.user.id === b.user.id;
}

/*
 * Every tab learns at once when the stored session changes: a sign-in, a refresh, a sign-out, an
 * expiry. The message only says "look again"; the truth is what IndexedDB holds, which
 * is also checked when a tab comes back to the foreground (a missed message, no BroadcastChannel).
 */
const channel = createTabChannel<SessionMessage | null>("alga.session");

interface SessionMessage {
  endReason: SessionEndReason | null;
  /** Set when an account is signing out: its tabs let go at once, before the revoke and the wipe are done. */
  leaving?: { server: string; userId: string };
}

function announce(message: SessionMessage) {
  channel.post(message);
}

/** Tells every other tab of this account to drop it now: sign-out has started. */
export function announceSignOut(session: Session): void {
  announce({ endReason: "signed-out", leaving: { server: session.server, userId: session.user.id } });
}

/** Restores the stored session before the first paint (an IndexedDB read, no network) and starts following other tabs. */
export async function restoreSession(): Promise<void> {
  publish({ session: await readStoredSession(), endReason: null, elsewhere: null });
  followOtherTabs();
}

// Once per page: restoreSession runs again (tests, a retried start) and each run would add listeners.
let following = false;

function followOtherTabs() {
  if (following) return;
  following = true;
  channel.listen((message) => {
    const { endReason = null, leaving } = message ?? {};
    const mine = store.get().session;
    if (leaving && mine && mine.server === leaving.server && mine.user.id === leaving.userId) {
      publish({ session: null, endReason, elsewhere: null });
      return;
    }
    void syncWithStorage(endReason);
  });
  window.addEventListener("focus", () => void syncWithStorage(null));
  document.addEventListener("visibilitychange", () => document.visibilityState === "visible" && void syncWithStorage(null));
}

/**
 * Brings this tab in line with the stored session. Fresh tokens of the same account are taken up; any
 * other change ends this tab's session, so the app drops the account from memory, stops its outbox and
 * cache writer and shows the sign-in screen, which offers a session signed in elsewhere.
 */
export async function syncWithStorage(endReason: SessionEndReason | null): Promise<void> {
  const stored = await readStoredSession();
  const state = store.get();
  const mine = state.session;
  if (mine && stored && sameAccount(mine, stored)) {
    if (stored.accessToken !== mine.accessToken) publish({ session: stored, endReason: null, elsewhere: null });
    return;
  }
  if (mine) {
    publish({ session: null, endReason: stored ? "switched" : (endReason ?? "signed-out"), elsewhere: stored });
    return;
  }
  if (stored?.accessToken !== state.elsewhere?.accessToken) publish({ ...state, elsewhere: stored });
}

/** Takes up the session another window signed in (the sign-in screen's "Continue as…"). */
export function continueWithSessionFromElsewhere(): void {
  const { elsewhere } = store.get();
  if (elsewhere) publish({ session: elsewhere, endReason: null, elsewhere: null });
}

export function currentSession(): Session | null {
  return store.get().session;
}

/** Persists first, then publishes: a session the app uses is always one it can find after a reload. */
export async function saveSession(session: Session): Promise<void> {
  await writeStoredSession(session);
  publish({ session, endReason: null, elsewhere: null });
  announce({ endReason: null });
}

export async function endSession(reason: SessionEndReason): Promise<void> {
  await deleteStoredSession();
  publish({ session: null, endReason: reason, elsewhere: null });
  announce({ endReason: reason });
}

export const sessionSnapshot = store.get;

export function useSessionState(): SessionState {
  return useExternalStore(store);
}

export function useSession(): Session | null {
  return useSessionState().session;
}

/** Which server and user a session is: what keeps two accounts or servers apart on one device. */
export function sessionScope(session: Session): [server: string, userId: string] {
  return [session.server, session.user.id];
}

/** What the API client needs of a session. */
export function apiSessionOf(session: Session): ApiSession {
  return { server: session.server, userId: session.user.id, accessToken: session.accessToken, tenantId: session.tenantId };
}
