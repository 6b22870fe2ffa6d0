// In localStorage with the user's other view settings, so signing out wipes it with them.
function storageKey(server: string, userId: string) {
  return `alga.lastTicket:${server}:${userId}`;
}

/** The ticket this user last opened on this device, for the "New note" app shortcut. */
export function lastTicket(server: string, userId: string): string | null {
  return localStorage.getItem(storageKey(server, userId));
}

export function rememberLastTicket(server: string, userId: string, ticketId: string): void {
  localStorage.setItem(storageKey(server, userId), ticketId);
}
