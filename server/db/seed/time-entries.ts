import type { Transaction } from "@electric-sql/pglite";
import { insertRows } from "./insert-rows";
import type { SeededRandom } from "./random";
import type { ReferenceData } from "./reference-data";

const DAY_MS = 86_400_000;
const HOUR_MS = 3_600_000;
const MINUTE_MS = 60_000;

interface SeedEntry {
  userId: string;
  ticket: number;
  daysAgo: number;
  /** UTC start, hours after midnight; afternoons, so tests that log mornings never overlap these. */
  startHour: number;
  minutes: number;
  notes: string;
  billable?: boolean;
  approved?: boolean;
}

/**
 * A week and a bit of tech@example.com's time for "My time" (fieldkit §4.3), one approved entry that can no
 * longer change (§4.4), a colleague's entry on a tech ticket (hidden in the ticket summary, §4.5) and a
 * colleague's running timer (§4.7). tech@example.com has no running timer, so a start succeeds.
 */
export async function seedTimeEntries(
  tx: Transaction,
  random: SeededRandom,
  now: Date,
  ref: ReferenceData,
  ticket: (number: number) => string,
): Promise<void> {
  const colleague = ref.technicianIds.find((id) => id !== ref.techUserId) ?? ref.techUserId;
  const tech = ref.techUserId;
  const entries: SeedEntry[] = [
    { userId: tech, ticket: 1000, daysAgo: 1, startHour: 13, minutes: 90, notes: "Replaced the toner and cleaned the rollers" },
    { userId: tech, ticket: 1001, daysAgo: 2, startHour: 13.5, minutes: 45, notes: "Reset the user's MFA" },
    { userId: tech, ticket: 1002, daysAgo: 2, startHour: 15, minutes: 30, notes: "Travel to site", billable: false },
    { userId: tech, ticket: 1003, daysAgo: 3, startHour: 14, minutes: 120, notes: "Rebuilt the Outlook profile" },
    { userId: tech, ticket: 1000, daysAgo: 4, startHour: 13, minutes: 60, notes: "First look at the printer" },
    { userId: tech, ticket: 1005, daysAgo: 6, startHour: 16, minutes: 75, notes: "Patched the firewall" },
    { userId: tech, ticket: 1004, daysAgo: 9, startHour: 13, minutes: 60, notes: "Approved last period", approved: true },
    { userId: colleague, ticket: 1000, daysAgo: 2, startHour: 13, minutes: 45, notes: "Checked the print server" },
  ];
  const { rows: services } = await tx.query<{ service_id: string }>(
    "SELECT service_id FROM service_catalog WHERE tenant = $1 AND is_active ORDER BY service_name",
    [ref.tenant],
  );
  const serviceId = (index: number) => services[index % services.length]?.service_id ?? null;
  const today = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
  const sheets = new Map<string, string>();

  const rows = [];
  for (const [index, entry] of entries.entries()) {
    const start = new Date(today - entry.daysAgo * DAY_MS + entry.startHour * HOUR_MS);
    const workDate = start.toISOString().slice(0, 10);
    const sheetId = await timeSheetFor(tx, random, ref.tenant, entry.userId, workDate, sheets);
    rows.push({
      ...entryRow(random, ref.tenant, entry.userId, ticket(entry.ticket), serviceId(index), start),
      end_time: new Date(start.getTime() + entry.minutes * MINUTE_MS),
      notes: entry.notes,
      billable_duration: entry.billable === false ? 0 : entry.minutes,
      time_sheet_id: sheetId,
      approval_status: entry.approved ? "APPROVED" : "DRAFT",
    });
  }
  // The colleague's timer: started 35 minutes ago, no end, no time sheet (fieldkit §4.6).
  const timerStart = new Date(Math.floor((now.getTime() - 35 * MINUTE_MS) / MINUTE_MS) * MINUTE_MS);
  rows.push({
    ...entryRow(random, ref.tenant, colleague, ticket(1006), serviceId(0), timerStart),
    end_time: null,
    notes: "",
    billable_duration: 0,
    time_sheet_id: null,
    approval_status: "DRAFT",
  });
  await insertRows(tx, "time_entries", rows);
}

function entryRow(random: SeededRandom, tenant: string, userId: string, ticketId: string, serviceId: string | null, start: Date) {
  return {
    tenant,
    entry_id: random.uuid(),
    work_item_id: ticketId,
    work_item_type: "ticket",
    start_time: start,
    user_id: userId,
    service_id: serviceId,
    work_date: start.toISOString().slice(0, 10),
    work_timezone: "UTC",
    created_by: userId,
    updated_by: userId,
    created_at: start,
    updated_at: start,
  };
}

async function timeSheetFor(
  tx: Transaction,
  random: SeededRandom,
  tenant: string,
  userId: string,
  workDate: string,
  sheets: Map<string, string>,
): Promise<string | null> {
  const { rows } = await tx.query<{ period_id: string }>(
    "SELECT period_id FROM time_periods WHERE tenant = $1 AND start_date <= $2::date AND end_date > $2::date",
    [tenant, workDate],
  );
  const periodId = rows[0]?.period_id;
  if (!periodId) return null;
  const key = `${periodId}/${userId}`;
  const existing = sheets.get(key);
  if (existing) return existing;
  const id = random.uuid();
  await insertRows(tx, "time_sheets", [{ tenant, id, period_id: periodId, user_id: userId }]);
  sheets.set(key, id);
  return id;
}
