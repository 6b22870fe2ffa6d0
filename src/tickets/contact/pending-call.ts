import { userKeys } from "../../lib/storage-keys";

/** A call started from the contact card: when, and with whom, for the interaction it becomes. */
export interface PendingCall {
  startedAt: string;
  contactId: string | null;
  contactName: string | null;
  clientId: string | null;
}

type Calls = Record<string, PendingCall>;

// localStorage, per account: the phone app may push the PWA out of memory during the call; the start must survive.
function read(key: string): Calls {
  try {
    const parsed: unknown = JSON.parse(localStorage.getItem(key) ?? "{}");
    return parsed && typeof parsed === "object" ? (parsed as Calls) : {};
  } catch {
    return {};
  }
}

export function pendingCall(server: string, userId: string, ticketId: string): PendingCall | null {
  return read(userKeys.pendingCalls(server, userId))[ticketId] ?? null;
}

export function rememberCall(server: string, userId: string, ticketId: string, call: PendingCall): void {
  const key = userKeys.pendingCalls(server, userId);
  localStorage.setItem(key, JSON.stringify({ ...read(key), [ticketId]: call }));
}

export function forgetCall(server: string, userId: string, ticketId: string): void {
  const key = userKeys.pendingCalls(server, userId);
  const { [ticketId]: _gone, ...rest } = read(key);
  localStorage.setItem(key, JSON.stringify(rest));
}
