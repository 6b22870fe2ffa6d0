import type { TicketListFilters } from "../ticket-queries";
import { t } from "../../i18n/active-language";
import type { MessageKey } from "../../i18n/catalogue-types";

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
  /** One tag's text, lower-case as the server keeps tags (fieldkit §6.7). */
  tag: string;
  /** "risk": only tickets whose SLA is at risk or breached, most urgent first (worked out on the device). */
  sla: "" | "risk";
  sort: SortField;
  order: "asc" | "desc";
}

/** Each sort: its name in the list of sorts, and in the middle of the "Sorted by …" chip. */
export const sortFields = {
  updated_at: ["list.sortUpdated", "list.inChipUpdated"],
  entered_at: ["list.sortCreated", "list.inChipCreated"],
  priority_name: ["list.sortPriority", "list.inChipPriority"],
  status_name: ["list.sortStatus", "list.inChipStatus"],
  ticket_number: ["list.sortNumber", "list.inChipNumber"],
  sla_resolution_due_at: ["list.sortSlaDue", "list.inChipSlaDue"],
} as const satisfies Record<string, [MessageKey, MessageKey]>;
export type SortField = keyof typeof sortFields;

export const sinceOptions = {
  "": "list.sinceAny",
  "1d": "list.since1d",
  "7d": "list.since7d",
  "30d": "list.since30d",
} as const satisfies Record<ListView["since"], MessageKey>;

/** The chip of each period (its words differ from the option's in some languages: "Updated: last 7 days"). */
const sinceChips = { "1d": "list.chipSince1d", "7d": "list.chipSince7d", "30d": "list.chipSince30d" } as const satisfies Record<
  Exclude<ListView["since"], "">,
  MessageKey
>;

export const defaultView: ListView = {
  search: "",
  state: "open",
  assignee: "any",
  status: "",
  priority: "",
  since: "",
  tag: "",
  sla: "",
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
    tag: (params.get("tag") ?? "").trim().toLowerCase(),
    sla: oneOf(params.get("sla"), ["", "risk"], defaultView.sla),
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
  tag: "tag",
  sla: "sla",
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

/** Whether the view needs the rows' SLA columns (the full list payload; `mobile_list` has none, fieldkit §7.2). */
export function showsSla(view: ListView): boolean {
  return view.sla === "risk" || view.sort === "sla_resolution_due_at";
}

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
  if (view.tag) filters.tags = view.tag;
  if (showsSla(view)) filters.withSla = true;
  if (view.sla === "risk") {
    // Only open tickets can be at risk; the soonest resolution targets first, so the page holds the urgent ones.
    delete filters.is_closed;
    Object.assign(filters, { is_open: true, sort: "sla_resolution_due_at", order: "asc" });
  }
  return filters;
}

interface ViewChip {
  label: string;
  /** The view this chip's removal leads to. */
  without: ListView;
}

/** Every filter that narrows the list, with the view its removal leads to. */
export function activeFilters(view: ListView): (ViewChip & { field: keyof ListView })[] {
  const chips: (ViewChip & { field: keyof ListView })[] = [];
  const add = (field: keyof ListView, label: string) => chips.push({ field, label, without: { ...view, [field]: defaultView[field] } });
  if (view.search.trim()) add("search", t("list.chipSearch", { text: view.search.trim() }));
  if (view.state !== "open") add("state", t(view.state === "closed" ? "list.chipClosed" : "list.chipOpenAndClosed"));
  if (view.assignee === "me") add("assignee", t("list.chipMine"));
  if (view.assignee === "unassigned") add("assignee", t("list.chipUnassigned"));
  if (view.status) add("status", t("list.chipStatus", { name: view.status }));
  if (view.priority) add("priority", t("list.chipPriority", { name: view.priority }));
  if (view.since) add("since", t(sinceChips[view.since]));
  if (view.tag) add("tag", t("list.chipTag", { name: view.tag }));
  if (view.sla) add("sla", t("list.chipSlaRisk"));
  return chips;
}

/** The quick filters: `key` names the chip; the priority's value is the server's own name ("High"). */
export const quickFilters: { key: MessageKey; view: Partial<ListView> }[] = [
  { key: "list.quickMine", view: { assignee: "me" } },
  { key: "list.quickUnassigned", view: { assignee: "unassigned" } },
  { key: "list.quickHighPriority", view: { priority: "High" } },
  { key: "list.quickRecent", view: { since: "1d" } },
  { key: "list.quickSlaRisk", view: { sla: "risk" } },
];

export function isQuickFilterOn(view: ListView, filter: Partial<ListView>): boolean {
  return (Object.keys(filter) as (keyof ListView)[]).every((key) => view[key] === filter[key]);
}

/**
 * The removable chips beside the quick filters: what the view does that no pressed quick filter
 * and no search box already shows, and the sort when it is not the usual one (the row's time
 * then no longer explains the order).
 */
export function viewChips(view: ListView): ViewChip[] {
  const shown = new Set(quickFilters.filter((filter) => isQuickFilterOn(view, filter.view)).flatMap((filter) => Object.keys(filter.view)));
  const chips: ViewChip[] = activeFilters(view)
    .filter((chip) => chip.field !== "search" && !shown.has(chip.field))
    .map(({ label, without }) => ({ label, without }));
  if (view.sort !== defaultView.sort || view.order !== defaultView.order) {
    chips.push({
      label: t(view.order === "asc" ? "list.chipSortedAsc" : "list.chipSortedDesc", { field: t(sortFields[view.sort][1]) }),
      without: { ...view, sort: defaultView.sort, order: defaultView.order },
    });
  }
  return chips;
}
