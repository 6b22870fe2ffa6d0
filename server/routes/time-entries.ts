import type { FastifyInstance } from "fastify";
import { z } from "zod";
import type { SandboxContext } from "../context";
import { apiUserOf, type ApiUser } from "../auth/api-key";
import { newId } from "../auth/tokens";
import { ApiError, parseOrThrow, validationFailed } from "../http/api-error";
import { UUID_PATTERN, isoDateTime, uuid } from "../http/query-params";
import { jsonBodyOrEmpty } from "../http/request-body";
import { timeEntryResponse, type TimeEntryRow } from "../tickets/time-entry-response";
import { dateInZone, minutesBetween, truncateToMinute } from "../tickets/time-entry-rows";

const createTimeEntrySchema = z
  .object({
    work_item_type: z.enum(["ticket", "project_task", "non_billable_category", "ad_hoc", "interaction"]),
    work_item_id: uuid().optional(),
    start_time: isoDateTime(),
    end_time: isoDateTime(),
    service_id: z.string({ error: "service_id is required for time entries" }).regex(UUID_PATTERN, { message: "Invalid uuid" }),
    notes: z.string().optional(),
    is_billable: z.boolean().default(true),
    tax_region: z.string().optional(),
  })
  .superRefine((body, issues) => {
    if ((body.work_item_type === "ticket" || body.work_item_type === "project_task") && !body.work_item_id) {
      issues.addIssue({ code: "custom", path: ["work_item_id"], message: "work_item_id is required for this work item type" });
    }
    if (new Date(body.end_time) <= new Date(body.start_time)) {
      issues.addIssue({ code: "custom", path: ["end_time"], message: "End time must be after start time" });
    }
  });

/** `POST /api/v1/time-entries` (contract §10). */
export function registerTimeEntries(app: FastifyInstance, context: SandboxContext): void {
  app.post("/api/v1/time-entries", async (request, reply) => {
    const user = apiUserOf(request);
    const body = parseOrThrow(createTimeEntrySchema, jsonBodyOrEmpty(request));
    if (body.work_item_type === "ticket") {
      const { rows } = await context.db.query("SELECT 1 FROM tickets WHERE ticket_id = $1 AND tenant = $2", [
        body.work_item_id,
        user.tenant,
      ]);
      if (rows.length === 0) throw validationFailed([{ path: ["work_item_id"], message: "Ticket not found" }]);
    }
    const start = truncateToMinute(new Date(body.start_time));
    const end = truncateToMinute(new Date(body.end_time));
    const minutes = minutesBetween(start, end);
    await assertNoOverlap(context, user, start, end);

    const timeZone = user.timezone ?? "UTC";
    const workDate = dateInZone(start, timeZone);
    const timeSheetId = await findOrCreateTimeSheet(context, user, workDate);
    const { rows } = await context.db.query<TimeEntryRow>(
      `INSERT INTO time_entries (tenant, entry_id, work_item_id, work_item_type, start_time, end_time, notes, user_id, billable_duration,
         time_sheet_id, service_id, tax_region, work_date, work_timezone, created_by, updated_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $8, $8) RETURNING *`,
      [
        user.tenant,
        newId(),
        body.work_item_id ?? null,
        body.work_item_type,
        start,
        end,
        body.notes ?? null,
        user.userId,
        body.is_billable ? minutes : 0,
        timeSheetId,
        body.service_id,
        body.tax_region ?? null,
        workDate,
        timeZone,
      ],
    );
    const entry = rows[0];
    if (!entry) throw new ApiError(500, "INTERNAL_ERROR", "An unexpected error occurred");
    return reply.code(201).send({ data: await timeEntryResponse(context, user, entry) });
  });
}

/** Half-open intervals against the caller's own entries: touching ends are fine. */
async function assertNoOverlap(context: SandboxContext, user: ApiUser, start: Date, end: Date): Promise<void> {
  const { rows } = await context.db.query(
    "SELECT 1 FROM time_entries WHERE user_id = $1 AND tenant = $2 AND start_time < $4 AND end_time > $3 LIMIT 1",
    [user.userId, user.tenant, start, end],
  );
  if (rows.length > 0) throw new ApiError(409, "CONFLICT", "Time entry overlaps with existing entry");
}

export async function findOrCreateTimeSheet(context: SandboxContext, user: ApiUser, workDate: string): Promise<string> {
  const { rows: periods } = await context.db.query<{ period_id: string }>(
    "SELECT period_id FROM time_periods WHERE tenant = $1 AND start_date <= $2::date AND end_date > $2::date LIMIT 1",
    [user.tenant, workDate],
  );
  const period = periods[0];
  if (!period) throw validationFailed(undefined, "No time period found for this date");
  const { rows } = await context.db.query<{ id: string }>(
    `INSERT INTO time_sheets (tenant, id, period_id, user_id) VALUES ($1, $2, $3, $4)
     ON CONFLICT (period_id, user_id) DO UPDATE SET period_id = EXCLUDED.period_id RETURNING id`,
    [user.tenant, newId(), period.period_id, user.userId],
  );
  return rows[0]?.id ?? "";
}
