import type { TicketListFilters } from "../ticket-queries";

/**
 * What the technician is looking at, as it lives in the URL (`/tickets?assignee=me&priority=High`),
 * so a filtered view can be bookmarked, shared and restored. Defaults are left out of the URL.
 */
export interface ListView {
  search: string;
  state: "open" | "closed" | "all";
  assignee: "any" | "me" | "unassigned";
  status: string;
  priority: string;
  since: "" | "1d" | "7d" | "30d";
  sort: SortField;
  order: "asc" | "desc";
}

export const sortFields = {
  updated_at: "Last updated",
  entered_at: "Created",
  priority_name: "Priority",
  status_name: "Status",
  ticket_number: "Ticket number",
} as const;
export type SortField = keyof typeof sortFields;

export const sinceOptions = { "": "Any time", "1d": "Last 24 hours", "7d": "Last 7 days", "30d": "Last 30 days" } as const;

export const defaultView: ListView = {
  search: "",
  state: "open",
  assignee: "any",
  status: "",
  priority: "",
  since: "",
  sort: "updated_at",
  order: "desc",
};

function oneOf<T extends string>(value: string | null, allowed: readonly T[], fallback: T): T {
  return allowed.includes(value as T) ? (value as T) : fallback;
}

export function viewFromParams(params: URLSearchParams): ListView {
  return {
    search: params.get("q") ?? "",
    state: oneOf(params.get("state"), ["open", "closed", "all"], defaultView.state),
    assignee: oneOf(params.get("assignee"), ["any", "me", "unassigned"], defaultView.assignee),
    status: params.get("status") ?? "",
    priority: params.get("priority") ?? "",
    since: oneOf(params.get("since"), ["", "1d", "7d", "30d"], defaultView.since),
    sort: oneOf(params.get("sort"), Object.keys(sortFields) as SortField[], defaultView.sort),
    order: oneOf(params.get("order"), ["asc", "desc"], defaultView.order),
  };
}

const paramNames: Record<keyof ListView, string> = {
  search: "q",
  state: "state",
  assignee: "assignee",
  status: "status",
  priority: "priority",
  since: "since",
  sort: "sort",
  order: "order",
};

export function paramsFromView(view: ListView): URLSearchParams {
  const params = new URLSearchParams();
  for (const key of Object.keys(paramNames) as (keyof ListView)[]) {
    const value = key === "search" ? view.search.trim() : view[key];
    if (value !== defaultView[key]) params.set(paramNames[key], value);
  }
  return params;
}

const sinceMs = { "1d": 24 * 3600_000, "7d": 7 * 24 * 3600_000, "30d": 30 * 24 * 3600_000 } as const;

/**
 * The server's query for a view. `since` is rounded down to the minute so the query key — and the
 * cache entry — stays the same while the technician scrolls.
 */
export function queryFromView(view: ListView, userId: string, now = Date.now()): TicketListFilters {
  const filters: TicketListFilters = { sort: view.sort, order: view.order };
  const search = view.search.trim();
  if (search) filters.search = search;
  // The server treats is_open=false as "no filter" (contract §4.1): send only `true` flags.
  if (view.state === "open") filters.is_open = true;
  if (view.state === "closed") filters.is_closed = true;
  if (view.assignee === "me") filters.assigned_to = userId;
  if (view.assignee === "unassigned") filters.has_assignment = false;
  if (view.status) filters.status_name = view.status;
  if (view.priority) filters.priority_name = view.priority;
  if (view.since) filters.updated_from = new Date(Math.floor((now - sinceMs[view.since]) / 60_000) * 60_000).toISOString();
  return filters;
}

/** The filters shown as removable chips, with the view each chip's removal leads to. */
export function activeFilters(view: ListView): { label: string; without: ListView }[] {
  const chips: { label: string; without: ListView }[] = [];
  if (view.search.trim()) chips.push({ label: `“${view.search.trim()}”`, without: { ...view, search: "" } });
  if (view.state !== "open")
    chips.push({ label: view.state === "closed" ? "Closed" : "Open and closed", without: { ...view, state: "open" } });
  if (view.assignee === "me") chips.push({ label: "Assigned to me", without: { ...view, assignee: "any" } });
  if (view.assignee === "unassigned") chips.push({ label: "Unassigned", without: { ...view, assignee: "any" } });
  if (view.status) chips.push({ label: `Status: ${view.status}`, without: { ...view, status: "" } });
  if (view.priority) chips.push({ label: `Priority: ${view.priority}`, without: { ...view, priority: "" } });
  if (view.since) chips.push({ label: `Updated: ${sinceOptions[view.since].toLowerCase()}`, without: { ...view, since: "" } });
  return chips;
}
