import type { Area } from "../../catalogue-types";

/** The ticket's checklist section and its tab's count. */
export const checklist = {
  tabCount: "{name} {done}/{total}",
  tabDone: " done",
  forbidden: "Your Alga account may not see checklists.",
  notLoaded: "The checklist has not been loaded on this device yet. It loads when you're back online.",
  retry: "Retry",
  loading: "Loading the checklist…",
  progressLabel: "Checklist progress",
  progress: "{done} of {total} done",
  progressRequired: {
    one: "{done} of {total} done · {n} required still open",
    other: "{done} of {total} done · {n} required still open",
  },
  checklist: "Checklist",
  none: "No checklist items on this ticket.",
  required: "Required",
  optional: "Optional",
  doneBy: "done by {name}",
  notSentYet: "not sent yet",
  notSentYetTick: "not sent yet, can be ticked once sent",
  sent: "sent ✓",
  typeFirst: "Type what needs doing first.",
  tooLong: "Keep it under {limit} characters (now {length}).",
  addItem: "Add a checklist item",
  newItem: "New item",
  add: "Add",
  requiredBeforeClosing: "Required before closing",
} satisfies Area;
