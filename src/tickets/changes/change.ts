import type { NewTimeEntry } from "../../api/time-entries";
import type { TimeEntryChange } from "../../api/time-entry-records";
import type { QueuedChange as OutboxItem } from "../../offline/outbox-types";
import type { NewTicketChoices } from "./new-ticket";
import { t } from "../../i18n/active-language";
import { showStored, type StoredText } from "../../i18n/stored-text";

/** Every change a technician can make; each goes through the outbox, online or not. */
export type Change =
  /**
   * A reply (`parentCommentId`) takes its thread's visibility on the server; `quiet` sends no notification emails,
   * `quietClient` none to the client (the team's can only be suppressed with the client's, fieldkit §2.4);
   * `isResolution` marks the note that resolves the ticket (the close rule "resolution comment", fieldkit §7.1).
   */
  | {
      kind: "comment";
      ticketId: string;
      text: string;
      isInternal: boolean;
      parentCommentId?: string;
      quiet?: boolean;
      quietClient?: boolean;
      isResolution?: boolean;
      /** Newer servers, public replies only (awareness §10.1): offered only once the probe said yes. */
      cc?: string[];
      bcc?: string[];
      /** Send later: the ISO instant and the IANA zone it was chosen in. */
      schedule?: { at: string; timeZone: string };
    }
  /** Cancels a reply scheduled for later while the server still holds it (awareness §10.1). */
  | { kind: "scheduleCancel"; ticketId: string; commentId: string }
  /** With `resolution`, a close that carries its resolution note: the note is posted only with an accepted close (send-resolve). */
  | { kind: "status"; ticketId: string; statusId: string; label: string; resolution?: ResolutionNote }
  | { kind: "assignment"; ticketId: string; assignedTo: string | null; label: string }
  | { kind: "priority"; ticketId: string; priorityId: string; label: string }
  /** Keys of `attributes` to set (`null` removes one); the rest is taken from the fresh ticket at send time. */
  /** `label` is stored, so written when shown (stored-text.ts); a string from an earlier version is English. */
  | { kind: "attributes"; ticketId: string; set: { due_date?: string | null; watcher_user_ids?: string[] }; label: StoredText }
  | { kind: "timeEntry"; ticketId: string; entry: NewTimeEntry }
  /**
   * A stopped timer: its server session (fieldkit §4.8) becomes the entry, with the device's times; with `stopwatch`,
   * the session is a newer server's stopwatch, logged (awareness §10.3).
   */
  | { kind: "timerStop"; ticketId: string; sessionId: string; entry: NewTimeEntry; stopwatch?: boolean }
  /** An edit of one of the user's entries; `ticketId` is the entry's ticket, or "" for other work. */
  | { kind: "timeEntryEdit"; ticketId: string; entryId: string; set: TimeEntryChange }
  /** With `stopwatch`, `entryId` is a discarded stopwatch session's id (awareness §10.3). */
  | { kind: "timeEntryDelete"; ticketId: string; entryId: string; stopwatch?: boolean }
  /** `seen`: how many items of that name the ticket had when the user added it (shows a delivered item once, not twice). */
  | { kind: "checklistAdd"; ticketId: string; itemName: string; isRequired: boolean; seen: number }
  | { kind: "checklistTick"; ticketId: string; itemId: string; itemName: string; completed: boolean }
  | { kind: "tagAdd"; ticketId: string; text: string }
  /** By text: the mapping id is looked up at send time, so a tag added offline can be removed offline. */
  | { kind: "tagRemove"; ticketId: string; text: string }
  | { kind: "title"; ticketId: string; title: string }
  | { kind: "contact"; ticketId: string; contactId: string | null; label: string }
  /** An additional agent (awareness §9); `name` is for the outbox's list. */
  | { kind: "agentAdd"; ticketId: string; userId: string; name: string }
  | { kind: "agentRemove"; ticketId: string; userId: string; name: string }
  | { kind: "commentEdit"; ticketId: string; commentId: string; text: string }
  /** `ticketId` is a temporary id until the server creates the ticket; changes queued on it meanwhile carry it too. */
  | { kind: "createTicket"; ticketId: string; ticket: NewTicketChoices }
  /** A file to attach; its bytes wait in the file store under `fileId` (`size` and `type` are those bytes'). */
  | { kind: "document"; ticketId: string; fileId: string; name: string; size: number; type: string }
  /** A call (or other interaction) logged on the ticket (awareness §7.2). */
  | { kind: "interaction"; ticketId: string; interaction: LoggedInteraction };

/**
 * Times ISO with Z, `duration` in minutes. `startTime` is to the millisecond the moment Call was tapped: the
 * server keeps it, so it tells this call from an identical one logged before (lookalikes.ts).
 */
export interface LoggedInteraction {
  typeId: string;
  title: string;
  clientId: string | null;
  contactId: string | null;
  startTime: string;
  endTime: string;
  duration: number;
  notes: string;
}

export interface ResolutionNote {
  text: string;
  isInternal: boolean;
}

/** A ticket change as the outbox keeps it. */
export type QueuedChange = OutboxItem<Change>;

/** The change in a few words, in the active language: written when shown, never stored. */
export function describeChange(change: Change): string {
  switch (change.kind) {
    case "comment":
      if (change.isResolution) return t("changes.resolutionNote");
      if (change.schedule) return t("changes.replyForLater");
      if (change.parentCommentId) return t("changes.reply");
      return change.isInternal ? t("changes.internalNote") : t("changes.publicComment");
    case "status":
      return change.resolution ? t("changes.resolveTo", { label: change.label }) : t("changes.statusTo", { label: change.label });
    case "assignment":
      return change.assignedTo ? t("changes.assignTo", { label: change.label }) : t("changes.unassign");
    case "priority":
      return t("changes.priorityTo", { label: change.label });
    case "attributes":
      return showStored(change.label);
    case "timeEntry":
    case "timerStop":
      return t("changes.timeEntry");
    case "timeEntryEdit":
      return t("changes.timeEntryChange");
    case "timeEntryDelete":
      return t("changes.timeEntryDeletion");
    case "checklistAdd":
      return t("changes.checklistAdd", { name: change.itemName });
    case "checklistTick":
      return t(change.completed ? "changes.ticked" : "changes.unticked", { name: change.itemName });
    case "tagAdd":
      return t("changes.tagAdd", { tag: change.text });
    case "tagRemove":
      return t("changes.tagRemove", { tag: change.text });
    case "title":
      return t("changes.titleTo", { title: change.title });
    case "contact":
      return change.contactId ? t("changes.contactTo", { label: change.label }) : t("changes.contactRemoved");
    case "agentAdd":
      return t("changes.agentAdd", { name: change.name });
    case "agentRemove":
      return t("changes.agentRemove", { name: change.name });
    case "commentEdit":
      return t("changes.commentEdited");
    case "scheduleCancel":
      return t("changes.scheduleCancelled");
    case "createTicket":
      return t("changes.newTicketNamed", { title: change.ticket.title.trim() });
    case "document":
      return t("changes.attach", { name: change.name });
    case "interaction":
      return change.interaction.title;
  }
}
