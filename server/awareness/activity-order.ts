import type { Activity } from "./activity-items";
import type { ActivityQuery } from "./activity-query";

const PRIORITY_RANK = { high: 0, medium: 1, low: 2 } as const;
const time = (value: string | undefined) => (value ? new Date(value).getTime() : undefined);
const text = (value: unknown) => (typeof value === "string" ? value : "");

/** Without `sortBy`: priority first, then items with a due date (closest first), then newest (awareness §2.3). */
function byDefault(a: Activity, b: Activity): number {
  const rank = PRIORITY_RANK[a.priority] - PRIORITY_RANK[b.priority];
  if (rank !== 0) return rank;
  const [dueA, dueB] = [time(a.dueDate), time(b.dueDate)];
  if (dueA !== undefined && dueB !== undefined && dueA !== dueB) return dueA - dueB;
  if ((dueA === undefined) !== (dueB === undefined)) return dueA === undefined ? 1 : -1;
  return new Date(b.createdAt).getTime() - new Date(a.createdAt).getTime();
}

/**
 * The feed's order. Sorting is stable, so ties keep the fetch order: notifications come newest first, which is
 * why `type=notification&sortBy=dueDate` answers strictly newest first.
 */
export function sortActivities(items: Activity[], query: ActivityQuery): Activity[] {
  const { sortBy } = query;
  if (!sortBy) return [...items].sort(byDefault);
  const sign = query.sortDirection === "desc" ? -1 : 1;
  return [...items].sort((a, b) => {
    if (sortBy === "dueDate") {
      const [dueA, dueB] = [time(a.dueDate), time(b.dueDate)];
      // Items without a due date go last in either direction.
      if (dueA === undefined || dueB === undefined) return dueA === dueB ? 0 : dueA === undefined ? 1 : -1;
      return sign * (dueA - dueB);
    }
    const key = sortBy === "priority" ? "priorityName" : sortBy;
    return sign * text(a[key]).localeCompare(text(b[key]), undefined, { sensitivity: "base" });
  });
}

/** `{ data, pagination }` without `meta`; a page past the end is empty (§2.3). */
export function pageOf(items: Activity[], query: ActivityQuery) {
  const total = items.length;
  const totalPages = Math.ceil(total / query.pageSize);
  const start = (query.page - 1) * query.pageSize;
  return {
    data: items.slice(start, start + query.pageSize),
    pagination: {
      page: query.page,
      limit: query.pageSize,
      total,
      totalPages,
      hasNext: query.page < totalPages,
      hasPrev: query.page > 1,
    },
  };
}

const GROUP_CAP = 100;

/** `groupBy`: not paginated, each group capped, `truncated` says so (§2.5). */
export function groupsOf(items: Activity[], groupBy: NonNullable<ActivityQuery["groupBy"]>) {
  const groups = new Map<string, Activity[]>();
  for (const item of items) {
    const key = groupBy === "dueDate" ? (item.dueDate?.slice(0, 10) ?? "none") : text(item[groupBy]);
    groups.set(key, [...(groups.get(key) ?? []), item]);
  }
  let truncated = false;
  return {
    data: {
      groupBy,
      groups: [...groups].map(([key, activities]) => {
        if (activities.length > GROUP_CAP) truncated = true;
        return { key, label: key, count: activities.length, activities: activities.slice(0, GROUP_CAP) };
      }),
      totalCount: items.length,
      truncated,
    },
  };
}
