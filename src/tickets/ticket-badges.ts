import type { BadgeTone } from "../ui/Badge";

/** Priority names are tenant-defined: match the usual words, and stay neutral for the rest. */
export function priorityTone(name: string | null | undefined): BadgeTone {
  const value = (name ?? "").toLowerCase();
  if (/critical|urgent|emergency|p1/.test(value)) return "danger";
  if (/high|p2/.test(value)) return "warning";
  if (/low|p4|p5/.test(value)) return "muted";
  return "neutral";
}

export function statusTone(isClosed: boolean | null | undefined): BadgeTone {
  return isClosed ? "muted" : "info";
}
