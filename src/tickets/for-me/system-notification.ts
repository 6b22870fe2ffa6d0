import type { FeedItem } from "../../api/activities";
import { ticketHeading, whatHappened } from "./for-me-words";

/** What this browser allows: "unsupported" where there is no Notification API (iOS Safari outside a home-screen app). */
export function notificationPermission(): NotificationPermission | "unsupported" {
  return typeof Notification === "undefined" || !("serviceWorker" in navigator) ? "unsupported" : Notification.permission;
}

/** Not looked at: in the background (another app or tab), or behind another window. */
const notLookedAt = () => document.visibilityState !== "visible" || !document.hasFocus();

/**
 * One system notification per ticket with new activity, when permission was given and the app is open but not
 * looked at. Shown by the service worker, whose click handler opens the ticket in the app (sw.ts); the tag
 * replaces an older notification about the same ticket. The words are the For me screen's, never the message.
 */
export function notifyNewActivity(fresh: readonly FeedItem[]): void {
  void show(fresh);
}

async function show(fresh: readonly FeedItem[]): Promise<void> {
  if (notificationPermission() !== "granted" || !notLookedAt()) return;
  const byTicket = new Map<string, FeedItem>();
  for (const item of fresh) if (item.ticketId && !item.readOnServer && !byTicket.has(item.ticketId)) byTicket.set(item.ticketId, item);
  if (byTicket.size === 0) return;
  const registration = await navigator.serviceWorker.ready;
  for (const [ticketId, item] of byTicket) {
    await registration.showNotification(item.ticketNumber ? ticketHeading(item.ticketNumber) : "Alga Tickets", {
      body: whatHappened(item),
      tag: `ticket:${ticketId}`,
      data: { path: `/tickets/${ticketId}` },
    });
  }
}
