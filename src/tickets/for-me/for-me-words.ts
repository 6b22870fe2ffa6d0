import type { FeedItem } from "../../api/activities";
import { t } from "../../i18n/active-language";
import type { MessageKey } from "../../i18n/catalogue-types";

/**
 * A notification described from its template (what happened), with the person when the server names one: the
 * catalogue's words with a name, else without. The server's own title is the fallback for templates the app does
 * not know (the server renders those in the user's language already).
 */
const WHAT_HAPPENED: Record<string, { by?: MessageKey; alone: MessageKey }> = {
  "ticket-comment-added": { by: "forMe.commentBy", alone: "forMe.comment" },
  "user-mentioned-in-comment": { by: "forMe.mentionBy", alone: "forMe.mention" },
  "ticket-assigned": { alone: "forMe.assigned" },
  "ticket-reassigned": { alone: "forMe.reassigned" },
  "ticket-team-assigned": { alone: "forMe.teamAssigned" },
  "ticket-additional-agent-assigned": { alone: "forMe.youAdded" },
  "ticket-additional-agent-added": { alone: "forMe.agentAdded" },
  "ticket-created": { alone: "forMe.created" },
  "ticket-updated": { alone: "forMe.updated" },
  "ticket-status-changed": { alone: "forMe.statusChanged" },
  "ticket-priority-changed": { alone: "forMe.priorityChanged" },
  "ticket-closed": { alone: "forMe.closed" },
  "sla-warning": { alone: "forMe.slaWarning" },
  "sla-breach": { alone: "forMe.slaBreach" },
  "sla-escalation": { alone: "forMe.slaEscalation" },
  "sla-response-met": { alone: "forMe.slaResponseMet" },
  "sla-resolution-met": { alone: "forMe.slaResolutionMet" },
};

/** What happened, in the active language (called while rendering, or when a system notification is shown). */
export function whatHappened(item: FeedItem): string {
  const words = WHAT_HAPPENED[item.templateName];
  if (!words) return item.title;
  return words.by && item.who ? t(words.by, { who: item.who }) : t(words.alone);
}

/** "Ticket 1042", or "Ticket" when the number is not known. */
export const ticketHeading = (number: string | null) => (number ? t("forMe.ticketNumber", { number }) : t("forMe.ticket"));
