/**
 * The boot module: index.html loads it before the app's entry (an external file: the CSP allows no inline
 * script). No framework, a few KB: while the entry downloads and evaluates, it reads the list saved on this
 * device for the signed-in account and paints its first rows into the static shell, so a start shows
 * tickets at once. React's first commit removes the static shell with them (StaticShell.tsx) and shows the
 * same rows. Nothing is painted when signed out (sign-out removes the session and the saved list), for
 * another account, past the cache's lifetime or on a screen other than the list.
 */
import { get } from "idb-keyval";
import type { TicketListItem } from "../api/schemas/tickets";
import { readStoredSession } from "../auth/session-store";
import { CACHE_MAX_AGE_MS, CACHE_SCHEMA_VERSION } from "../lib/cache-lifetime";
import { deviceKeys, userKeys } from "../lib/storage-keys";
import { WIDE_LAYOUT } from "../lib/wide-layout";
import { ticketRowElement, type RowText } from "../tickets/list/ticket-row-element";
import { readBootWords, type BootWords } from "../i18n/boot-words";
import { formatMessage } from "../i18n/format-message";

interface SavedQuery {
  queryKey: unknown[];
  state: { data?: { pages?: { data?: TicketListItem[] }[] }; dataUpdatedAt: number };
}

interface SavedRecord {
  timestamp: number;
  buster: string;
  clientState: { queries: SavedQuery[] };
}

/** The screens that open on the list: the phone's, the split layout paints its own panes. */
function opensOnList(): boolean {
  return /^\/(tickets\/?)?$/.test(location.pathname) && !matchMedia(WIDE_LAYOUT).matches;
}

/** The rows of the list the technician saw last (its query key: [..account, "tickets", "list", filters]). */
function lastListRows(saved: string): TicketListItem[] {
  const record = JSON.parse(saved) as SavedRecord;
  if (record.buster !== CACHE_SCHEMA_VERSION || Date.now() - record.timestamp > CACHE_MAX_AGE_MS) return [];
  const lists = record.clientState.queries.filter((query) => query.queryKey.at(-2) === "list" && query.queryKey.at(-3) === "tickets");
  const last = lists.sort((a, b) => b.state.dataUpdatedAt - a.state.dataUpdatedAt)[0];
  return last?.state.data?.pages?.[0]?.data ?? [];
}

/**
 * Rows of a screen's height, laid out as the virtual list lays them out (stacked by their measured heights)
 * and where it starts, below the search and filters React adds.
 */
function paint(shell: HTMLElement, tickets: TicketListItem[], words: BootWords, userId: string) {
  const text: RowText = (key, params) => formatMessage(words[key], params, words.locale);
  const list = document.createElement("ul");
  list.className = "virtual-list";
  list.setAttribute("aria-label", text("savedRows"));
  const items = tickets.slice(0, Math.ceil(innerHeight / 60)).map((ticket) => {
    const item = document.createElement("li");
    item.className = "virtual-list__item";
    item.append(ticketRowElement(ticket, text, words.locale, userId));
    return item;
  });
  list.append(...items);
  shell.querySelector(".skeleton-list")?.replaceWith(list);
  // Moved by what its margin lacks: the shell's list has the margin it has (a list's own, say) already.
  const below = Number(localStorage.getItem(deviceKeys.listTop)) - (list.getBoundingClientRect().top + scrollY);
  if (below > 0) list.style.marginTop = `${parseFloat(getComputedStyle(list).marginTop) + below}px`;
  let top = 0;
  for (const item of items.map((item) => [item, item.offsetHeight] as const)) {
    item[0].style.transform = `translateY(${top}px)`;
    top += item[1];
  }
  list.style.height = `${top}px`;
}

/** The static shell in the user's language (index.html's is English): its title, what it waits for, the page's `lang`. */
function speak(shell: HTMLElement, words: BootWords) {
  document.documentElement.lang = words.locale;
  shell.querySelector(".top-bar__title")!.textContent = words.title;
  // Words saved by a version before this one have no loadingTickets: the English label stays until the app saves them again.
  if (words.loadingTickets) shell.querySelector(".skeleton-list")?.setAttribute("aria-label", words.loadingTickets);
}

async function paintSavedList() {
  try {
    // The words the app saved in the user's language: none before it has run once, and then no rows either.
    const words = readBootWords();
    const start = document.getElementById("static-shell");
    if (!start || !words) return;
    speak(start, words);
    if (!opensOnList()) return;
    const session = await readStoredSession();
    const saved = session && (await get<string>(userKeys.queryCache(session.server, session.user.id)));
    const tickets = saved ? lastListRows(saved) : [];
    // React may have committed meanwhile: the shell is then gone, and so is the need.
    const shell = document.getElementById("static-shell");
    if (shell && session && tickets.length > 0) paint(shell, tickets, words, session.user.id);
  } catch {
    // A record that cannot be read leaves the skeleton: the app's own start explains what it finds.
  } finally {
    // A milestone of `npm run bench` and what the e2e journey waits for.
    performance.mark("alga:boot-done");
  }
}

void paintSavedList();
