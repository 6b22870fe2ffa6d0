import type { FastifyInstance } from "fastify";
import { z } from "zod";
import type { SandboxContext } from "../context";
import { apiUserOf, type ApiUser } from "../auth/api-key";
import { ApiError, parseOrThrow, validationFailed } from "../http/api-error";
import { direction, paginated, pagingOf, pagingQuery } from "../http/list-paging";
import { quotedColumn } from "../http/sql-identifier";
import { isoDateTime, queryBoolean, queryObject, uuid, UUID_PATTERN } from "../http/query-params";
import { jsonBodyOrEmpty } from "../http/request-body";
import { SqlParams } from "../tickets/list-sql";
import {
  TIME_ENTRY_ROW_SQL,
  dateInZone,
  loadTimeEntry,
  minutesBetween,
  timeEntryById,
  truncateToMinute,
  type TimeEntryListRow,
} from "../tickets/time-entry-rows";

const WORK_ITEM_TYPES = ["ticket", "project_task", "non_billable_category", "ad_hoc", "interaction"] as const;
const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

const listQuerySchema = z.object({
  ...pagingQuery,
  user_id: uuid().optional(),
  work_item_id: uuid().optional(),
  service_id: uuid().optional(),
  time_sheet_id: uuid().optional(),
  contract_line_id: uuid().optional(),
  client_id: uuid().optional(),
  work_item_type: z.enum(WORK_ITEM_TYPES).optional(),
  approval_status: z.enum(["DRAFT", "SUBMITTED", "APPROVED", "CHANGES_REQUESTED"]).optional(),
  is_billable: queryBoolean().optional(),
  start_time_from: isoDateTime().optional(),
  start_time_to: isoDateTime().optional(),
  end_time_from: isoDateTime().optional(),
  end_time_to: isoDateTime().optional(),
  date_from: z.string().regex(DATE_ONLY).optional(),
  date_to: z.string().regex(DATE_ONLY).optional(),
  duration_min: z.string().transform(Number).pipe(z.number().int()).optional(),
  duration_max: z.string().transform(Number).pipe(z.number().int()).optional(),
});

type ListFilters = Omit<z.infer<typeof listQuerySchema>, "page" | "limit" | "sort" | "order">;

const updateSchema = z
  .object({
    work_item_id: uuid().optional(),
    work_item_type: z.enum(WORK_ITEM_TYPES).optional(),
    start_time: isoDateTime().optional(),
    end_time: isoDateTime().optional(),
    notes: z.string().optional(),
    service_id: z
      .string()
      .refine((value) => value !== "", { message: "service_id cannot be cleared from a time entry" })
      .pipe(z.string().regex(UUID_PATTERN, { message: "Invalid uuid" }))
      .optional(),
    tax_region: z.string().optional(),
    is_billable: z.boolean().optional(),
  })
  .superRefine((body, issues) => {
    if (body.start_time && body.end_time && new Date(body.end_time) <= new Date(body.start_time)) {
      issues.addIssue({ code: "custom", path: ["end_time"], message: "End time must be after start time" });
    }
  });

/** `GET /api/v1/time-entries` and `GET`/`PUT`/`DELETE /api/v1/time-entries/{id}` (fieldkit §4.3–§4.4). */
export function registerTimeEntryRecords(app: FastifyInstance, context: SandboxContext): void {
  app.get("/api/v1/time-entries", async (request) => {
    const user = apiUserOf(request);
    const query = parseOrThrow(listQuerySchema, queryObject(request), "Query validation failed");
    const { page: _page, limit: _limit, sort: _sort, order: _order, ...filters } = query;
    const paging = pagingOf(query);
    const params = new SqlParams();
    const where = listWhere(user.tenant, filters, params);
    const count = await context.db.query<{ total: number }>(`SELECT count(*)::int AS total FROM time_entries te WHERE ${where}`, [
      ...params.values,
    ]);
    // `sort` is a raw column (fieldkit §4.3).
    const orderBy = `${quotedColumn("te", paging.sort)} ${direction(paging.order)}`;
    const { rows } = await context.db.query<TimeEntryListRow>(
      `${TIME_ENTRY_ROW_SQL} WHERE ${where} ORDER BY ${orderBy} LIMIT ${params.add(paging.limit)} OFFSET ${params.add(paging.offset)}`,
      params.values,
    );
    return paginated(rows, paging, count.rows[0]?.total ?? 0, {
      sort: paging.sort,
      order: paging.order,
      filters: Object.fromEntries(Object.entries(filters).filter(([, value]) => value !== undefined)),
    });
  });

  app.get<{ Params: { id: string } }>("/api/v1/time-entries/:id", async (request) => {
    const user = apiUserOf(request);
    // No ownership check on reading (fieldkit §4.4).
    return { data: await loadTimeEntry(context, user, request.params.id) };
  });

  app.put<{ Params: { id: string } }>("/api/v1/time-entries/:id", async (request) => {
    const user = apiUserOf(request);
    const body = parseOrThrow(updateSchema, jsonBodyOrEmpty(request));
    const entry = await ownEditableEntry(context, user, request.params.id, "update", "modify");
    await applyUpdate(context, user, entry, body);
    return { data: await timeEntryById(context, user.tenant, entry.entry_id) };
  });

  app.delete<{ Params: { id: string } }>("/api/v1/time-entries/:id", async (request, reply) => {
    const user = apiUserOf(request);
    const entry = await ownEditableEntry(context, user, request.params.id, "delete", "delete");
    await context.db.query("DELETE FROM time_entries WHERE entry_id = $1", [entry.entry_id]);
    return reply.code(204).send();
  });
}

/** Only the owner may change an entry (the manager check is hard-coded off), and never once approved (fieldkit §4.4). */
async function ownEditableEntry(
  context: SandboxContext,
  user: ApiUser,
  entryId: string,
  action: "update" | "delete",
  verb: "modify" | "delete",
): Promise<TimeEntryListRow> {
  const entry = await loadTimeEntry(context, user, entryId);
  if (entry.user_id !== user.userId) throw new ApiError(403, "FORBIDDEN", `Permission denied: Cannot ${action} this time entry`);
  if (entry.approval_status === "APPROVED") throw new ApiError(409, "CONFLICT", `Cannot ${verb} approved time entries`);
  return entry;
}

/** No overlap, period or time-sheet check here, and a one-sided time change may leave a negative duration (fieldkit §4.4). */
async function applyUpdate(
  context: SandboxContext,
  user: ApiUser,
  entry: TimeEntryListRow,
  body: z.infer<typeof updateSchema>,
): Promise<void> {
  const serviceId = body.service_id ?? entry.service_id;
  if (!serviceId) throw validationFailed(undefined, "service_id is required for time entries");
  const start = body.start_time ? truncateToMinute(new Date(body.start_time)) : entry.start_time;
  const end = body.end_time ? truncateToMinute(new Date(body.end_time)) : entry.end_time;
  const changes: Record<string, unknown> = {
    work_item_id: body.work_item_id,
    work_item_type: body.work_item_type,
    notes: body.notes,
    service_id: body.service_id,
    tax_region: body.tax_region,
    start_time: body.start_time ? start : undefined,
    end_time: body.end_time ? end : undefined,
  };
  if (body.start_time) {
    const timeZone = user.timezone ?? "UTC";
    changes.work_date = dateInZone(start, timeZone);
    changes.work_timezone = timeZone;
  }
  if (body.start_time || body.end_time || body.is_billable !== undefined) {
    const billable = body.is_billable ?? entry.billable_duration > 0;
    changes.billable_duration = billable && end ? minutesBetween(start, end) : 0;
  }
  const columns = Object.entries(changes).filter(([, value]) => value !== undefined);
  const params: unknown[] = [entry.entry_id, user.userId];
  const assignments = columns.map(([column, value]) => {
    params.push(value);
    return `${column} = $${params.length}`;
  });
  await context.db.query(
    `UPDATE time_entries SET ${[...assignments, "updated_at = now()", "updated_by = $2"].join(", ")} WHERE entry_id = $1`,
    params,
  );
}

/** The validated filters as SQL conditions, all combined with AND. */
function listWhere(tenant: string, filters: ListFilters, params: SqlParams): string {
  const conditions = [`te.tenant = ${params.add(tenant)}`];
  const compare = (sql: string, value: unknown) => value !== undefined && conditions.push(`${sql} ${params.add(value)}`);
  for (const column of [
    "user_id",
    "work_item_id",
    "service_id",
    "time_sheet_id",
    "contract_line_id",
    "work_item_type",
    "approval_status",
  ] as const) {
    compare(`te.${column} =`, filters[column]);
  }
  if (filters.client_id !== undefined) {
    conditions.push(
      `EXISTS (SELECT 1 FROM tickets t WHERE t.ticket_id = te.work_item_id AND te.work_item_type = 'ticket' AND t.client_id = ${params.add(filters.client_id)})`,
    );
  }
  if (filters.is_billable !== undefined) conditions.push(filters.is_billable ? "te.billable_duration > 0" : "te.billable_duration = 0");
  compare("te.start_time >=", filters.start_time_from);
  compare("te.start_time <=", filters.start_time_to);
  compare("te.end_time >=", filters.end_time_from);
  compare("te.end_time <=", filters.end_time_to);
  compare("te.work_date >=", filters.date_from);
  compare("te.work_date <=", filters.date_to);
  compare("te.billable_duration >=", filters.duration_min);
  compare("te.billable_duration <=", filters.duration_max);
  return conditions.join(" AND ");
}
