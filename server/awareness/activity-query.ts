import { ApiError } from "../http/api-error";

/**
 * The query of `GET /api/v1/activities` (awareness contract §2.1) and its two error shapes (§2.2): the real route
 * passes its ZodError through a classifier that matches the error's text (the JSON of its zod 3 issues), so issues
 * whose text says "invalid" answer a 400 whose message IS that JSON and that has no details, the others answer
 * "Validation failed" with the issues as details. The issues below are written as zod 3 writes them.
 */
export const ACTIVITY_TYPES = ["schedule", "projectTask", "ticket", "timeEntry", "workflowTask", "notification", "document"] as const;
export type ActivityType = (typeof ACTIVITY_TYPES)[number];
const STATUSES = ["open", "closed", "all"] as const;
const PRIORITIES = ["low", "medium", "high"] as const;
const SORT_FIELDS = ["type", "title", "status", "priority", "dueDate"] as const;
const DIRECTIONS = ["asc", "desc"] as const;
const GROUP_FIELDS = ["type", "priority", "status", "dueDate"] as const;
const DATE_PARAMS = ["dateStart", "dateEnd", "createdAtStart", "createdAtEnd", "dueDateStart", "dueDateEnd"] as const;

export type Priority = (typeof PRIORITIES)[number];

export interface ActivityQuery {
  types: ActivityType[] | undefined;
  status: (typeof STATUSES)[number] | undefined;
  dates: Partial<Record<(typeof DATE_PARAMS)[number], Date>>;
  priorities: Priority[] | undefined;
  priorityIds: string[] | undefined;
  search: string | undefined;
  sortBy: (typeof SORT_FIELDS)[number] | undefined;
  sortDirection: (typeof DIRECTIONS)[number];
  groupBy: (typeof GROUP_FIELDS)[number] | undefined;
  page: number;
  pageSize: number;
}

type Issue = Record<string, unknown> & { path: string[]; message: string };

// zod 3's datetime({ offset: true }): seconds required, fractions optional, Z or ±hh:mm.
const ISO_WITH_OFFSET = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:?\d{2})$/;

const list = (value: string) =>
  value
    .split(",")
    .map((item) => item.trim())
    .filter(Boolean);

function enumValue<T extends string>(values: readonly T[], raw: string, path: string, issues: Issue[]): T | undefined {
  if ((values as readonly string[]).includes(raw)) return raw as T;
  issues.push({
    code: "invalid_enum_value",
    options: [...values],
    received: raw,
    path: [path],
    message: `Invalid enum value. Expected ${values.map((value) => `'${value}'`).join(" | ")}, received '${raw}'`,
  });
  return undefined;
}

function integer(raw: string | undefined, path: string, fallback: number, max: number | undefined, issues: Issue[]): number {
  if (raw === undefined) return fallback;
  const value = Number(raw);
  if (Number.isNaN(value)) {
    issues.push({ code: "invalid_type", expected: "number", received: "nan", path: [path], message: "Expected number, received nan" });
  } else if (!Number.isInteger(value)) {
    issues.push({
      code: "invalid_type",
      expected: "integer",
      received: "float",
      path: [path],
      message: "Expected integer, received float",
    });
  } else if (value < 1) {
    issues.push({
      code: "too_small",
      minimum: 1,
      type: "number",
      inclusive: true,
      exact: false,
      path: [path],
      message: "Number must be greater than or equal to 1",
    });
  } else if (max !== undefined && value > max) {
    issues.push({
      code: "too_big",
      maximum: max,
      type: "number",
      inclusive: true,
      exact: false,
      path: [path],
      message: `Number must be less than or equal to ${max}`,
    });
  }
  return value;
}

export function readActivityQuery(raw: Record<string, string>): ActivityQuery {
  // An empty or blank value counts as absent.
  const param = (name: string) => (raw[name]?.trim() ? raw[name].trim() : undefined);
  const issues: Issue[] = [];

  let types: ActivityType[] | undefined;
  const typeParam = param("type");
  if (typeParam !== undefined) {
    const parts = list(typeParam);
    if (parts.every((part) => (ACTIVITY_TYPES as readonly string[]).includes(part))) types = parts as ActivityType[];
    else issues.push({ code: "custom", path: ["type"], message: `type must be a comma-separated list of: ${ACTIVITY_TYPES.join(", ")}` });
  }
  const statusParam = param("status");
  const status = statusParam === undefined ? undefined : enumValue(STATUSES, statusParam, "status", issues);

  const dates: ActivityQuery["dates"] = {};
  for (const name of DATE_PARAMS) {
    const value = param(name);
    if (value === undefined) continue;
    if (ISO_WITH_OFFSET.test(value) && !Number.isNaN(Date.parse(value))) dates[name] = new Date(value);
    else issues.push({ code: "invalid_string", validation: "datetime", path: [name], message: "Invalid datetime" });
  }

  let priorities: Priority[] | undefined;
  const priorityParam = param("priority");
  if (priorityParam !== undefined) {
    const parts = list(priorityParam);
    if (parts.every((part) => (PRIORITIES as readonly string[]).includes(part))) priorities = parts as Priority[];
    else
      issues.push({ code: "custom", path: ["priority"], message: `priority must be a comma-separated list of: ${PRIORITIES.join(", ")}` });
  }
  const priorityIdsParam = param("priorityIds");
  const sortParam = param("sortBy");
  const sortBy = sortParam === undefined ? undefined : enumValue(SORT_FIELDS, sortParam, "sortBy", issues);
  const directionParam = param("sortDirection");
  const sortDirection = directionParam === undefined ? "asc" : (enumValue(DIRECTIONS, directionParam, "sortDirection", issues) ?? "asc");
  const groupParam = param("groupBy");
  const groupBy = groupParam === undefined ? undefined : enumValue(GROUP_FIELDS, groupParam, "groupBy", issues);
  const page = integer(param("page"), "page", 1, undefined, issues);
  const pageSize = integer(param("pageSize"), "pageSize", 25, 100, issues);

  if (issues.length > 0) {
    const text = JSON.stringify(issues, null, 2);
    if (/required|must be after|invalid/i.test(text)) throw new ApiError(400, "VALIDATION_ERROR", text);
    throw new ApiError(400, "VALIDATION_ERROR", "Validation failed", issues);
  }
  return {
    types,
    status,
    dates,
    priorities,
    priorityIds: priorityIdsParam === undefined ? undefined : list(priorityIdsParam),
    search: param("search"),
    sortBy,
    sortDirection,
    groupBy,
    page,
    pageSize,
  };
}
