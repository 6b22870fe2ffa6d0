import type { FeedItem } from "../../api/activities";

/**
 * The words of the For me screen, in one place for translation. A notification is described from its template
 * (what happened), with the person when the server names one; the server's own title is the fallback for
 * templates the app does not know (the server renders those in the user's language already).
 */
const WHAT_HAPPENED: Record<string, (who: string | null) => string> = {
  "ticket-comment-added": (who) => (who ? `${who} commented` : "New comment (by e-mail, the portal or the web)"),
  "user-mentioned-in-comment": (who) => (who ? `${who} mentioned you` : "You were mentioned"),
  "ticket-assigned": () => "Assigned to you",
  "ticket-reassigned": () => "Reassigned",
  "ticket-team-assigned": () => "Assigned to your team",
  "ticket-additional-agent-assigned": () => "You were added to this ticket",
  "ticket-additional-agent-added": () => "An agent was added to your ticket",
  "ticket-created": () => "New ticket",
  "ticket-updated": () => "Ticket changed",
  "ticket-status-changed": () => "Status changed",
  "ticket-priority-changed": () => "Priority changed",
  "ticket-closed": () => "Closed",
  "sla-warning": () => "SLA deadline getting close",
  "sla-breach": () => "SLA deadline missed",
  "sla-escalation": () => "Escalated",
  "sla-response-met": () => "SLA response target met",
  "sla-resolution-met": () => "SLA resolution target met",
};

export function whatHappened(item: FeedItem): string {
  return WHAT_HAPPENED[item.templateName]?.(item.who) ?? item.title;
}

export const forMeWords = {
  title: "For me",
  back: "Back to tickets",
  markAllSeen: "Mark all seen",
  newLabel: "New",
  notAboutATicket: "Not about a ticket",
  ticket: (number: string | null) => (number ? `Ticket ${number}` : "Ticket"),
  newCount: (tickets: number) =>
    tickets === 0 ? "Nothing new." : `${tickets} ${tickets === 1 ? "ticket has" : "tickets have"} something new.`,
  empty: "Nothing needs you right now. Customer replies, assignments, mentions and SLA warnings appear here.",
  loading: "Loading what needs you…",
  offline: (when: string) => `Offline: showing what had arrived by ${when}.`,
  failed: "The latest could not be fetched; showing what arrived before.",
  neverLoaded: "What needs you can't be loaded right now. It will load when the Alga server answers.",
  skipped: (count: number) =>
    `${count} ${count === 1 ? "notification" : "notifications"} could not be shown (unreadable answer from the server).`,
  notifyWhy:
    "While the app is open in the background, it can show a system notification for a new reply, assignment or mention. Your browser will ask once.",
  notifyAsk: "Turn on notifications",
  notifyOn: "Notifications are on: a new reply, assignment or mention shows while the app is open in the background.",
  notifyBlocked:
    "Notifications are blocked for this app. Allow them in the browser's site settings to be told while the app is in the background.",
  unsupported: "This Alga server is too old to tell the app what needs you: it has no activity feed (Alga PSA from July 2026 has one).",
} as const;
