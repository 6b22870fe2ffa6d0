import { del, get, set } from "idb-keyval";
import { useEffect } from "react";
import { writeIfSignedIn } from "../../auth/account-writes";
import { sessionScope, useSession, type Session } from "../../auth/session";
import { createExternalStore, useExternalStore } from "../../lib/external-store";
import { userKeys } from "../../lib/storage-keys";
import { createTabChannel } from "../../lib/tab-channel";
import { withWebLock } from "../../lib/web-lock";
import { isRunning, type TimerRun } from "./timer-clock";

/** The one timer of an account, kept in IndexedDB so reloads, closed apps, offline and other tabs all see the same. */
export interface StoredTimer {
  id: string;
  ticketId: string;
  ticketNumber: string;
  ticketTitle: string;
  runs: TimerRun[];
  /** The server's tracking session (fieldkit §4.6): best effort, null offline or when the server refused one. */
  sessionId: string | null;
  /**
   * The server's one timer runs elsewhere (another device, or a session this one did not start): the
   * technician is told, and chooses to stop that one or keep both. Absent once answered.
   */
  elsewhere?: OtherSession | null;
  /** `sessionId` is a newer server's stopwatch session (awareness §10.3), which keeps pauses, not the old timer's. */
  stopwatch?: boolean;
  /** A pause or resume could not reach the stopwatch (offline): from then on the device's runs are the truth. */
  keepDeviceRuns?: boolean;
  /** The server closed the stopwatch elsewhere (logged or discarded): the time is saved as a plain entry. */
  closedElsewhere?: boolean;
}

export interface OtherSession {
  sessionId: string;
  ticketId: string | null;
  ticketTitle: string | null;
}

export type TimerTicket = Pick<StoredTimer, "ticketId" | "ticketNumber" | "ticketTitle">;

export const timerKey = (session: Session) => userKeys.timer(...sessionScope(session));

// Tells the account's other tabs to read the timer again; the truth is what IndexedDB holds.
const channel = createTabChannel<string>("alga.timer");

const snapshot = createExternalStore<{ key: string | null; timer: StoredTimer | null }>({ key: null, timer: null });

function publish(key: string, timer: StoredTimer | null) {
  if (snapshot.get().key === key) snapshot.set({ key, timer });
}

async function reload(key: string) {
  publish(key, (await get<StoredTimer>(key)) ?? null);
}

channel.listen((key) => {
  if (key === snapshot.get().key) void reload(key);
});

/**
 * Changes the stored timer atomically across tabs and tells them; resolves what is stored after.
 * Nothing is written once the account is signed out (even in another tab).
 */
export async function editTimer(key: string, edit: (timer: StoredTimer | null) => StoredTimer | null): Promise<StoredTimer | null> {
  let result: StoredTimer | null = null;
  await writeIfSignedIn(key, () =>
    withWebLock(`alga.timer.write:${key}`, async () => {
      const current = (await get<StoredTimer>(key)) ?? null;
      result = edit(current);
      if (result === current) return;
      if (result) await set(key, result);
      else await del(key);
    }),
  );
  publish(key, result);
  channel.post(key);
  return result;
}

/** A timer started on a ticket not created yet goes on with the ticket's real id. */
export async function moveTimer(server: string, userId: string, fromTicketId: string, toTicketId: string): Promise<void> {
  const key = userKeys.timer(server, userId);
  if ((await readTimer(key))?.ticketId !== fromTicketId) return;
  await editTimer(key, (timer) => (timer?.ticketId === fromTicketId ? { ...timer, ticketId: toTicketId } : timer));
}

export function readTimer(key: string): Promise<StoredTimer | null> {
  return get<StoredTimer>(key).then((timer) => timer ?? null);
}

/** The signed-in account's timer, following other tabs (and a missed message when the app returns to the foreground). */
export function useTimer(): StoredTimer | null {
  const session = useSession();
  const key = session ? timerKey(session) : null;
  useEffect(() => {
    if (!key) return;
    if (snapshot.get().key !== key) snapshot.set({ key, timer: null });
    void reload(key);
    const onVisible = () => document.visibilityState === "visible" && void reload(key);
    document.addEventListener("visibilitychange", onVisible);
    return () => document.removeEventListener("visibilitychange", onVisible);
  }, [key]);
  const state = useExternalStore(snapshot);
  return key && state.key === key ? state.timer : null;
}

export function newTimer(ticket: TimerTicket, now = Date.now()): StoredTimer {
  return { id: crypto.randomUUID(), ...ticket, runs: [{ start: now, end: null }], sessionId: null };
}

export function paused(timer: StoredTimer, now = Date.now()): StoredTimer {
  return { ...timer, runs: timer.runs.map((run) => (run.end === null ? { ...run, end: now } : run)) };
}

export function resumed(timer: StoredTimer, now = Date.now()): StoredTimer {
  return isRunning(timer.runs) ? timer : { ...timer, runs: [...timer.runs, { start: now, end: null }] };
}
