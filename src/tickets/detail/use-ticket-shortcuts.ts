import { useEffect } from "react";
import { isTyping } from "../../lib/is-typing";
import type { SheetName } from "./sheet-name";
import type { Shortcut } from "../../ui/ShortcutsList";

/** The ticket screen's single-key shortcuts, as the help sheet lists them. */
export const ticketShortcuts: Shortcut[] = [
  { key: "c", does: "ticket.keyComment" },
  { key: "s", does: "ticket.keyStatus" },
  { key: "p", does: "ticket.keyPriority" },
  { key: "a", does: "ticket.keyAssignee" },
  { key: "d", does: "ticket.keyDue" },
  { key: "t", does: "ticket.keyTime" },
  { key: "1 2 3", does: "ticket.keySections" },
  { key: "↑ ↓", does: "ticket.keyArrows" },
  { key: "?", does: "ticket.keyHelp" },
  { key: "Esc", does: "ticket.keyEsc" },
];

const sheets: Record<string, SheetName> = { s: "status", p: "priority", a: "assignee", d: "due", t: "time", "?": "help" };
const sectionKeys: Record<string, string> = { "1": "conversation", "2": "details", "3": "time" };

/** Keys pressed while typing, with a modifier, or with a sheet open are left alone. */
export function useTicketShortcuts({
  enabled,
  openSheet,
  focusComposer,
  showSection,
}: {
  enabled: boolean;
  openSheet: (sheet: SheetName) => void;
  focusComposer: () => void;
  showSection: (id: string) => void;
}) {
  useEffect(() => {
    if (!enabled) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey || isTyping(event.target)) return;
      if (document.querySelector("dialog[open]")) return;
      const sheet = sheets[event.key];
      const section = sectionKeys[event.key];
      if (event.key === "c") focusComposer();
      else if (sheet) openSheet(sheet);
      else if (section) {
        showSection(section);
        document.getElementById(`tab-${section}`)?.focus();
      } else return;
      event.preventDefault();
    };
    document.addEventListener("keydown", onKeyDown);
    return () => document.removeEventListener("keydown", onKeyDown);
  }, [enabled, openSheet, focusComposer, showSection]);
}
