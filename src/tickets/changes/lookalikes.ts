import { getChecklist } from "../../api/checklist";
import type { ApiClient } from "../../api/client";
import { listComments } from "../../api/comments";
import { listInteractions } from "../../api/interactions";
import type { NewTimeEntry } from "../../api/time-entries";
import { getTicketTimeSummary } from "../../api/time-entry-records";
import type { Change, LoggedInteraction } from "./change";
import { isTemporaryTicketId } from "../ticket-id";

/** Times are kept to the minute on the server (contract §10): compare them so. */
export const minute = (iso: string | null) => (iso === null ? null : Math.floor(Date.parse(iso) / 60_000));

/**
 * The ids of the records on the server that this change, once landed, could not be told apart from: the user's
 * comments of the same text, the ticket's items of the same name, the user's entries on the ticket with the
 * same start and end. Null for a change that creates no such record (or whose ticket does not exist yet).
 *
 * The outbox takes them before the change first leaves and keeps them on it: after a lost answer, only a
 * look-alike that was not there then proves the change landed. The queue sends in order and a change in doubt
 * holds up the rest, so an earlier identical change's record is already among them.
 */
export async function lookalikes(api: ApiClient, change: Change, userId: string): Promise<string[] | null> {
  if (isTemporaryTicketId(change.ticketId)) return null;
  switch (change.kind) {
    case "comment": {
      // Newest first: a comment of ours that landed is among the latest.
      const recent = await listComments(api, change.ticketId, { order: "desc", limit: 50 });
      const text = change.text.trim();
      return recent
        .filter((comment) => comment.created_by === userId && comment.comment_text?.trim() === text)
        .map((comment) => comment.comment_id);
    }
    case "checklistAdd": {
      const name = change.itemName.trim();
      const items = await getChecklist(api, change.ticketId);
      return items.filter((item) => item.item_name.trim() === name).map((item) => item.checklist_item_id);
    }
    case "timeEntry":
    case "timerStop":
      return sameTimes(api, change.entry);
    case "interaction":
      return sameCall(api, change.ticketId, change.interaction, userId);
    default:
      return null;
  }
}

/** The user's entries on the entry's ticket with its start and end (the ticket summary always lists one's own, fieldkit §4.5). */
async function sameTimes(api: ApiClient, entry: NewTimeEntry): Promise<string[]> {
  const { entries } = await getTicketTimeSummary(api, entry.ticketId);
  return entries
    .filter(
      (listed) =>
        listed.is_own && minute(listed.start_time) === minute(entry.startTime) && minute(listed.end_time) === minute(entry.endTime),
    )
    .map((listed) => listed.entry_id);
}

/**
 * The user's interactions of this type on the ticket that started at this call's very millisecond: its own marker,
 * which the server keeps. The server filters on `interaction_date` (this call's end), so a minute either side.
 */
async function sameCall(api: ApiClient, ticketId: string, call: LoggedInteraction, userId: string): Promise<string[]> {
  const end = Date.parse(call.endTime);
  const rows = await listInteractions(api, {
    ticket_id: ticketId,
    type_id: call.typeId,
    user_id: userId,
    date_from: new Date(end - 60_000).toISOString(),
    date_to: new Date(end + 60_000).toISOString(),
  });
  return rows.filter((row) => row.start_time && Date.parse(row.start_time) === Date.parse(call.startTime)).map((row) => row.interaction_id);
}

/**
 * Whether a change whose answer was lost landed: a look-alike is listed that was not there before it first left.
 * `before` is null when no earlier attempt can have landed.
 */
export async function landedUnseen(api: ApiClient, change: Change, userId: string, before: readonly string[] | null): Promise<boolean> {
  if (!before) return false;
  const found = (await lookalikes(api, change, userId)) ?? [];
  return found.some((id) => !before.includes(id));
}
