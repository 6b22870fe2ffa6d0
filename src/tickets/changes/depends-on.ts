import type { Change } from "./change";

/**
 * Whether ticket change `later` must wait while `earlier` is refused or in conflict: the conversation
 * keeps its order (a resolution note included), a field keeps its last value, a checklist item, tag, agent or
 * edited comment waits for its own earlier change, a time entry stands alone, and everything waits for
 * its ticket's creation.
 */
export function dependsOn(later: Change, earlier: Change): boolean {
  if (later.ticketId !== earlier.ticketId) return false;
  // Nothing can happen to a ticket the server refused to create.
  if (earlier.kind === "createTicket") return true;
  switch (later.kind) {
    case "timeEntry":
    case "document":
    case "timerStop":
      return false;
    case "timeEntryEdit":
    case "timeEntryDelete":
      // Edits of one entry keep their order; a delete waits for a refused edit the user may still discard.
      return (earlier.kind === "timeEntryEdit" || earlier.kind === "timeEntryDelete") && earlier.entryId === later.entryId;
    case "comment":
      return earlier.kind === "comment";
    case "checklistTick":
      return earlier.kind === "checklistTick" && earlier.itemId === later.itemId;
    case "tagAdd":
    case "tagRemove":
      return (earlier.kind === "tagAdd" || earlier.kind === "tagRemove") && earlier.text === later.text;
    case "commentEdit":
      return earlier.kind === "commentEdit" && earlier.commentId === later.commentId;
    case "agentAdd":
    case "agentRemove":
      return (earlier.kind === "agentAdd" || earlier.kind === "agentRemove") && earlier.userId === later.userId;
    case "status":
      // A close with its resolution note also keeps the conversation's order.
      return earlier.kind === "status" || (Boolean(later.resolution) && earlier.kind === "comment");
    case "attributes":
      return earlier.kind === "attributes" && Object.keys(later.set).some((key) => key in earlier.set);
    default:
      return earlier.kind === later.kind;
  }
}
