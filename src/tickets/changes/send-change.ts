import type { ApiClient } from "../../api/client";
import { editComment } from "../../api/comment-edits";
import { addChecklistItem } from "../../api/checklist";
import { addComment, type NewComment } from "../../api/comments";
import { cancelCommentSchedule } from "../../api/comment-schedule";
import { t } from "../../i18n/active-language";
import { notePublishedAtOnce } from "../published-at-once";
import { createInteraction } from "../../api/interactions";
import { ApiError } from "../../api/errors";
import type { TicketAttributes, TicketDetail } from "../../api/schemas/tickets";
import { getTicket } from "../../api/tickets";
import { updateAssignment, updateStatus, updateTicket } from "../../api/ticket-updates";
import type { ChangeSender, CreatedIds, SendOutcome } from "../../offline/outbox-types";
import type { Change, QueuedChange } from "./change";
import { dependsOn } from "./depends-on";
import { isTemporaryTicketId } from "../ticket-id";
import { landedUnseen, lookalikes } from "./lookalikes";
import { refusalMessage } from "./refusal-message";
import { sendAgentAdd, sendAgentRemove } from "./send-agents";
import { sendChecklistTick } from "./send-checklist";
import { sendTagAdd, sendTagRemove } from "./send-tags";
import { sendCreateTicket } from "./send-create-ticket";
import { sendDocument } from "./send-document";
import { sendResolve } from "./send-resolve";
import { sendNewTimeEntry, sendTimeEntryDelete, sendTimeEntryEdit, sendTimerStop } from "./send-time-entry";

/** How ticket changes reach the server, for the outbox. */
export const ticketChangeSender: ChangeSender<Change> = {
  send: sendChange,
  // Comments, time entries, checklist items, new tickets, documents, logged calls and agents are POSTs (a close
  // with its resolution note posts the note): a lost answer may hide one that landed.
  createsRecord: (change) =>
    change.kind === "comment" ||
    (change.kind === "status" && Boolean(change.resolution)) ||
    change.kind === "timeEntry" ||
    change.kind === "timerStop" ||
    change.kind === "checklistAdd" ||
    change.kind === "createTicket" ||
    change.kind === "document" ||
    change.kind === "interaction" ||
    change.kind === "agentAdd",
  lookalikes,
  refusalMessage,
  dependsOn,
};

/**
 * Sends one queued change, exactly once. The server has no idempotency key and no conflict
 * detection (contract README facts 6 and 7), so this checks what it can before sending:
 * a comment, item or entry whose answer was lost is looked for on the server among the records that
 * were not there before it first left; a status or field change is
 * compared with the ticket's current `updated_at`; `attributes` is rebuilt from the fresh ticket.
 * Resolves "conflict" when someone else changed the ticket since the user saw it; throws ApiError otherwise.
 */
export async function sendChange(api: ApiClient, item: QueuedChange, userId: string, created: CreatedIds): Promise<SendOutcome> {
  const { change } = item;
  const outcomeUnknown = item.state === "unknown" || item.state === "sending";
  // A change left in doubt by a version that recorded no look-alikes: any look-alike counts, as it did then.
  const landed = () => landedUnseen(api, change, userId, outcomeUnknown ? (item.lookalikesBefore ?? []) : null);
  // The outbox gives a change its ticket's real id before sending it; a temporary one left means the create was discarded.
  if (change.kind !== "createTicket" && isTemporaryTicketId(change.ticketId)) {
    throw new ApiError("validation", {
      code: "device.parentDiscarded",
      message: "The new ticket this belongs to was discarded before it was created.",
    });
  }
  switch (change.kind) {
    case "createTicket":
      return sendCreateTicket(api, item, userId, created);
    case "comment": {
      if (await landed()) return "sent";
      const created = await addComment(api, change.ticketId, newComment(change));
      if (change.schedule && created.publish_state !== "scheduled") notePublishedAtOnce(created.comment_id);
      return "sent";
    }
    case "scheduleCancel":
      await cancelCommentSchedule(api, change.ticketId, change.commentId, t("conversation.scheduleTooLate"));
      return "sent";
    case "checklistAdd":
      // Not idempotent, and `is_required` defaults to true on the server: always sent (fieldkit §5.2).
      if (!(await landed())) await addChecklistItem(api, change.ticketId, { itemName: change.itemName, isRequired: change.isRequired });
      return "sent";
    case "checklistTick":
      await sendChecklistTick(api, change);
      return "sent";
    case "tagAdd":
      await sendTagAdd(api, change);
      return "sent";
    case "tagRemove":
      await sendTagRemove(api, change);
      return "sent";
    case "agentAdd":
      await sendAgentAdd(api, change, outcomeUnknown);
      return "sent";
    case "agentRemove":
      await sendAgentRemove(api, change);
      return "sent";
    case "commentEdit":
      // Only the text changes and the same text again is harmless (fieldkit §2.2): no check needed.
      await editComment(api, change.ticketId, change.commentId, change.text);
      return "sent";
    case "timeEntry":
      await sendNewTimeEntry(api, change.entry, landed);
      return "sent";
    case "timerStop":
      await sendTimerStop(api, change, landed);
      return "sent";
    case "timeEntryEdit":
      return sendTimeEntryEdit(api, item, change);
    case "timeEntryDelete":
      await sendTimeEntryDelete(api, change);
      return "sent";
    case "document":
      return sendDocument(api, { ...item, change }, userId);
    case "interaction": {
      // No idempotency on the server (awareness §7.2): a call in doubt is looked up before it is logged again.
      if (await landed()) return "sent";
      const { interaction: call } = change;
      await createInteraction(api, {
        type_id: call.typeId,
        ticket_id: change.ticketId,
        client_id: call.clientId ?? undefined,
        contact_name_id: call.contactId ?? undefined,
        title: call.title,
        notes: call.notes,
        duration: call.duration,
        start_time: call.startTime,
        end_time: call.endTime,
        interaction_date: call.endTime,
      });
      return "sent";
    }
    default: {
      const fresh = await getTicket(api, change.ticketId);
      if (!item.force && changedByOthers(fresh, item.baseUpdatedAt, userId)) return "conflict";
      if (change.kind === "status" && change.resolution)
        await sendResolve(api, { close: change, note: change.resolution, item, fresh, userId });
      else if (change.kind === "status") await updateStatus(api, change.ticketId, change.statusId);
      if (change.kind === "assignment") await updateAssignment(api, change.ticketId, change.assignedTo);
      if (change.kind === "priority") await updateTicket(api, change.ticketId, { priority_id: change.priorityId });
      if (change.kind === "title") await updateTicket(api, change.ticketId, { title: change.title });
      if (change.kind === "contact") await updateTicket(api, change.ticketId, { contact_name_id: change.contactId });
      if (change.kind === "attributes")
        await updateTicket(api, change.ticketId, { attributes: mergeAttributes(fresh.attributes, change.set) });
      return "sent";
    }
  }
}

function newComment(change: Extract<Change, { kind: "comment" }>): NewComment {
  const comment: NewComment = { comment_text: change.text, is_internal: change.isInternal };
  if (change.isResolution) comment.is_resolution = true;
  if (change.parentCommentId) comment.parent_comment_id = change.parentCommentId;
  // The internal flag needs the contact flag (fieldkit §2.4): "quiet" sets both.
  if (change.quiet) Object.assign(comment, { suppressContactNotifications: true, suppressInternalNotifications: true });
  else if (change.quietClient) comment.suppressContactNotifications = true;
  if (change.cc?.length) comment.cc = change.cc;
  if (change.bcc?.length) comment.bcc = change.bcc;
  if (change.schedule) Object.assign(comment, { scheduled_publish_at: change.schedule.at, scheduled_publish_tz: change.schedule.timeZone });
  return comment;
}

/** Someone else's change since the user saw the ticket. Our own (from this or another device) is not a conflict. */
export function changedByOthers(fresh: TicketDetail, baseUpdatedAt: string | null, userId: string): boolean {
  if (!baseUpdatedAt || fresh.updated_at === baseUpdatedAt) return false;
  return fresh.updated_by !== userId;
}

/** The server replaces `attributes` whole: start from the fresh copy, change only our keys. */
export function mergeAttributes(
  current: TicketAttributes | null,
  changes: { due_date?: string | null; watcher_user_ids?: string[] },
): TicketAttributes {
  const merged: TicketAttributes = { ...(current ?? {}) };
  for (const [key, value] of Object.entries(changes)) {
    if (value === null) delete merged[key];
    else merged[key] = value;
  }
  return merged;
}
