import { userKeys } from "../lib/storage-keys";

/** The ticket this user last opened on this device, for the "New note" app shortcut. */
export function lastTicket(server: string, userId: string): string | null {
  return localStorage.getItem(userKeys.lastTicket(server, userId));
}

export function rememberLastTicket(server: string, userId: string, ticketId: string): void {
  localStorage.setItem(userKeys.lastTicket(server, userId), ticketId);
}
