const TEMPORARY_PREFIX = "new-";

/** The id a ticket has on this device until the server creates it. */
export function temporaryTicketId(): string {
  return `${TEMPORARY_PREFIX}${crypto.randomUUID()}`;
}

export function isTemporaryTicketId(ticketId: string): boolean {
  return ticketId.startsWith(TEMPORARY_PREFIX);
}
