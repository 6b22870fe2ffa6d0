import { useEffect } from "react";
import { isTyping } from "../../lib/is-typing";
import type { Shortcut } from "../../ui/ShortcutsList";

/** The list's keys (VirtualTicketList, SearchBox, use-search-shortcut), as its `?` sheet lists them. */
export const listShortcuts: Shortcut[] = [
  { key: "j k ↑ ↓", does: "list.keyMove" },
  { key: "Enter", does: "list.keyOpen" },
  { key: "/", does: "list.keySearch" },
  { key: "Esc", does: "list.keyLeaveSearch" },
  { key: "?", does: "list.keyHelp" },
];

/**
 * `?` shows the list's keys. Not while typing or with a sheet open, and not while a ticket is open beside the list:
 * then `?` is the ticket's.
 */
export function useListHelpKey(enabled: boolean, showHelp: () => void): void {
  useEffect(() => {
    if (!enabled) return;
    function onKeyDown(event: KeyboardEvent) {
      if (event.key !== "?" || event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey) return;
      if (isTyping(event.target) || document.querySelector("dialog[open]")) return;
      event.preventDefault();
      showHelp();
    }
    document.addEventListener("keydown", onKeyDown);
    return () => document.removeEventListener("keydown", onKeyDown);
  }, [enabled, showHelp]);
}
