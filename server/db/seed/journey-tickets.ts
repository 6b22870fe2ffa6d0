import type { Transaction } from "@electric-sql/pglite";
import { seedAdditionalAgents } from "./additional-agents";
import { insertRows } from "./insert-rows";
import { SeededRandom } from "./random";
import type { ReferenceData } from "./reference-data";
import { seedCallLog } from "./call-log";
import { seedSla } from "./sla";
import { seedTimeEntries } from "./time-entries";

// Its own generator, so the main seed's sequence (and every ticket it made) stays the same.
const JOURNEY_TICKETS_SEED = 20260822;
const HOUR_MS = 3_600_000;

/**
 * Close rules, checklists, a bundle, SLA states and time entries on fixed tickets of tech@example.com, so journeys
 * can rely on them: TIC001002 cannot be closed (required checklist items open), TIC001003 can (its required items
 * are done), TIC001004 cannot (bundled TIC001010 is still open); SLA states and time entries are in their own files.
 */
export async function seedJourneyTickets(tx: Transaction, now: Date, ref: ReferenceData): Promise<void> {
  const random = new SeededRandom(JOURNEY_TICKETS_SEED);
  const ids = await ticketIdsByNumber(tx, ref.tenant);
  // A seed of a handful of tickets has none of the fixed ones this data lives on.
  if (!ids.has("TIC001010")) return;
  const ticket = (number: number) => {
    const id = ids.get(`TIC00${number}`);
    if (!id) throw new Error(`seed ticket TIC00${number} missing`);
    return id;
  };

  await seedCloseRules(tx, ref);
  await seedChecklists(tx, random, now, ref, ticket);
  await tx.query("UPDATE tickets SET master_ticket_id = $1 WHERE ticket_id = $2", [ticket(1004), ticket(1010)]);
  await insertRows(tx, "comments", [
    {
      tenant: ref.tenant,
      comment_id: random.uuid(),
      ticket_id: ticket(1005),
      user_id: ref.techUserId,
      note: "Status changed from New to In Progress",
      is_internal: true,
      author_type: "internal",
      is_system_generated: true,
      created_at: new Date(now.getTime() - 5 * HOUR_MS),
      updated_at: new Date(now.getTime() - 5 * HOUR_MS),
    },
  ]);
  await seedTimeEntries(tx, random, now, ref, ticket);
  await seedSla(tx, random, now, ref, ticket);
  await seedCallLog(tx, random, now, ref, ticket);
  await seedAdditionalAgents(tx, random, now, ref);
}

async function ticketIdsByNumber(tx: Transaction, tenant: string): Promise<Map<string, string>> {
  const { rows } = await tx.query<{ ticket_number: string; ticket_id: string }>(
    "SELECT ticket_number, ticket_id FROM tickets WHERE tenant = $1 AND ticket_number < 'TIC001030'",
    [tenant],
  );
  return new Map(rows.map((row) => [row.ticket_number, row.ticket_id]));
}

/** Service Desk refuses a close over open required checklist items or open bundled tickets; Projects wants more (fieldkit §7.1, §9.7). */
async function seedCloseRules(tx: Transaction, ref: ReferenceData): Promise<void> {
  const [serviceDesk, projects] = ref.boards;
  if (!serviceDesk || !projects) throw new Error("seed boards missing");
  await insertRows(tx, "board_close_rules", [
    {
      tenant: ref.tenant,
      board_id: serviceDesk.boardId,
      is_enabled: true,
      require_resolution_comment: false,
      require_time_entry: false,
      require_checklist_complete: true,
      require_children_closed: true,
      required_fields: "{}",
    },
    {
      tenant: ref.tenant,
      board_id: projects.boardId,
      is_enabled: true,
      require_resolution_comment: true,
      require_time_entry: true,
      require_checklist_complete: true,
      require_children_closed: false,
      required_fields: "{category_id,assigned_to}",
    },
  ]);
}

async function seedChecklists(
  tx: Transaction,
  random: SeededRandom,
  now: Date,
  ref: ReferenceData,
  ticket: (number: number) => string,
): Promise<void> {
  const done = { completed: true, completed_by: ref.techUserId, completed_at: new Date(now.getTime() - 20 * HOUR_MS) };
  const open = { completed: false, completed_by: null, completed_at: null };
  const lists: [number, { name: string; required: boolean; state: typeof done | typeof open; template?: boolean }[]][] = [
    [
      1002,
      [
        { name: "Confirm the problem with the user", required: true, state: done },
        { name: "Apply the fix", required: true, state: open },
        { name: "Test with the user", required: true, state: open },
        { name: "Photo of the serial label", required: false, state: open },
      ],
    ],
    [
      1003,
      [
        { name: "Back up the mailbox", required: true, state: done, template: true },
        { name: "Re-create the Outlook profile", required: true, state: done },
        { name: "Tell the user it is solved", required: false, state: open },
      ],
    ],
  ];
  const templateId = random.uuid();
  await insertRows(
    tx,
    "ticket_checklist_items",
    lists.flatMap(([number, items]) =>
      items.map((item, index) => ({
        tenant: ref.tenant,
        checklist_item_id: random.uuid(),
        ticket_id: ticket(number),
        item_name: item.name,
        description: null,
        order_number: index,
        is_required: item.required,
        ...item.state,
        source: item.template ? "template" : "manual",
        template_id: item.template ? templateId : null,
        created_by: ref.techUserId,
        created_at: new Date(now.getTime() - 30 * HOUR_MS),
      })),
    ),
  );
}
