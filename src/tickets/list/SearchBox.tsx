import { useEffect, useRef, useState } from "react";
import { useSearchShortcut } from "./use-search-shortcut";
import { useT } from "../../i18n/active-language";
import "./SearchBox.css";

const DEBOUNCE_MS = 300;

/**
 * Searches title, ticket number and client name on the server, 300 ms after the last keystroke.
 * Each new search replaces the query key, and TanStack Query aborts the superseded request.
 */
export function SearchBox({ value, onSearch, onLeave }: { value: string; onSearch: (value: string) => void; onLeave: () => void }) {
  const t = useT();
  const [draft, setDraft] = useState(value);
  const latest = useRef(onSearch);
  useSearchShortcut("ticket-search");
  const [lastValue, setLastValue] = useState(value);
  if (value !== lastValue) {
    // The URL changed under us (a chip removed, back button): show what is applied.
    setLastValue(value);
    setDraft(value);
  }

  useEffect(() => {
    latest.current = onSearch;
  });

  useEffect(() => {
    if (draft === value) return;
    const timer = setTimeout(() => latest.current(draft), DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [draft, value]);

  return (
    <div className="search-box" role="search">
      <label htmlFor="ticket-search" className="visually-hidden">
        {t("list.searchLabel")}
      </label>
      <input
        id="ticket-search"
        type="search"
        className="control search-box__input"
        placeholder={t("list.searchPlaceholder")}
        aria-keyshortcuts="/"
        value={draft}
        onChange={(event) => setDraft(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === "Enter") latest.current(draft);
          if (event.key === "Escape") {
            // Leave for the list with the search kept: the browser would otherwise clear it, and the
            // next j or k would type into it instead of moving through the rows.
            event.preventDefault();
            if (draft !== value) latest.current(draft);
            onLeave();
          }
        }}
        enterKeyHint="search"
        autoComplete="off"
      />
    </div>
  );
}
