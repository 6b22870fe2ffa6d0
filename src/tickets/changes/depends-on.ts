import type { Change } from "./change";

/**
 * Whether ticket change `later` must wait while `earlier` is refused or in conflict: the conversation
 * keeps its order, a field keeps its last value, and a time entry stands alone.
 */
export function dependsOn(later: Change, earlier: Change): boolean {
  if (later.ticketId !== earlier.ticketId) return false;
  switch (later.kind) {
    case "timeEntry":
    case "timerStop":
      return false;
    case "timeEntryEdit":
    case "timeEntryDelete":
      // Edits of one entry keep their order; a delete waits for a refused edit the user may still discard.
      return (earlier.kind === "timeEntryEdit" || earlier.kind === "timeEntryDelete") && earlier.entryId === later.entryId;
    case "comment":
      return earlier.kind === "comment";
    case "attributes":
      return earlier.kind === "attributes" && Object.keys(later.set).some((key) => key in earlier.set);
    default:
      return earlier.kind === later.kind;
  }
}
