import type { Transaction } from "@electric-sql/pglite";
import { HOSTILE_TICKETS } from "./hostile";
import { insertRows } from "./insert-rows";
import type { SeededRandom } from "./random";
import type { ReferenceData } from "./reference-data";
import { commentText, ticketDescription, ticketTitle } from "./ticket-text";

const DAY_MS = 86_400_000;
const SPREAD_DAYS = 90;
// tech@example.com gets this many open tickets first, so a signed-in demo always has a full list.
const GUARANTEED_OPEN_FOR_TECH = 24;
const TICKET_PREFIX = "TIC";
const FIRST_TICKET_NUMBER = 1000;

type Row = Record<string, unknown>;

/** Tickets spread over the last 90 days, with due dates (some overdue), tags and comments. */
export async function seedTickets(tx: Transaction, random: SeededRandom, now: Date, ref: ReferenceData, count: number): Promise<void> {
  const tickets: Row[] = [];
  const comments: Row[] = [];
  const tagMappings: Row[] = [];
  const hostileStart = GUARANTEED_OPEN_FOR_TECH;

  for (let index = 0; index < count; index++) {
    const hostile = index >= hostileStart ? HOSTILE_TICKETS[index - hostileStart] : undefined;
    const forTech = index < GUARANTEED_OPEN_FOR_TECH || hostile !== undefined;
    const board = random.chance(0.85) || forTech ? ref.boards[0] : ref.boards[1];
    const client = random.pick(ref.clients);
    if (!board) throw new Error("no board seeded");
    const isClosed = !forTech && random.chance(0.35);
    const assignedTo = forTech ? ref.techUserId : random.chance(0.12) ? null : pickAssignee(random, ref);
    const enteredAt = new Date(now.getTime() - random.next() * SPREAD_DAYS * DAY_MS);
    const updatedAt = new Date(enteredAt.getTime() + random.next() * (now.getTime() - enteredAt.getTime()));
    const dueDate = new Date(enteredAt.getTime() + random.int(1, 21) * DAY_MS);
    const ticketId = random.uuid();
    const enteredBy = random.pick(ref.technicianIds);
    const description = hostile?.description ?? ticketDescription(random);

    tickets.push({
      tenant: ref.tenant,
      ticket_id: ticketId,
      ticket_number: `${TICKET_PREFIX}${String(FIRST_TICKET_NUMBER + index).padStart(6, "0")}`,
      title: hostile?.title ?? ticketTitle(random),
      board_id: board.boardId,
      client_id: client.clientId,
      location_id: random.chance(0.5) ? client.locationId : null,
      contact_name_id: random.chance(0.9) ? random.pick(client.contactIds) : null,
      status_id: random.pick(isClosed ? board.closed : board.open),
      category_id: random.chance(0.7) ? random.pick(ref.categoryIds) : null,
      priority_id: random.pick(ref.priorityIds),
      entered_by: enteredBy,
      updated_by: enteredBy,
      assigned_to: assignedTo,
      closed_by: isClosed ? (assignedTo ?? enteredBy) : null,
      entered_at: enteredAt,
      updated_at: updatedAt,
      closed_at: isClosed ? updatedAt : null,
      is_closed: isClosed,
      attributes: { description, due_date: dueDate.toISOString() },
      ticket_origin: "internal",
      source: random.pick(["email", "phone", "portal"]),
    });

    const texts = hostile?.comments ?? Array.from({ length: random.int(0, 4) }, () => commentText(random));
    texts.forEach((text, commentIndex) => {
      const fromContact = !hostile && random.chance(0.25);
      const commentId = random.uuid();
      const createdAt = new Date(
        enteredAt.getTime() + ((commentIndex + 1) / (texts.length + 1)) * (updatedAt.getTime() - enteredAt.getTime()),
      );
      comments.push({
        tenant: ref.tenant,
        comment_id: commentId,
        ticket_id: ticketId,
        user_id: fromContact ? null : random.pick(ref.technicianIds),
        contact_id: fromContact ? random.pick(client.contactIds) : null,
        note: text,
        is_internal: !fromContact && random.chance(0.5),
        is_resolution: false,
        author_type: fromContact ? "client" : "internal",
        thread_id: commentId,
        created_at: createdAt,
        updated_at: createdAt,
      });
    });

    if (random.chance(0.3)) {
      const tagIds = new Set([random.pick(ref.tagIds), random.pick(ref.tagIds)]);
      for (const tagId of tagIds)
        tagMappings.push({ tenant: ref.tenant, mapping_id: random.uuid(), tag_id: tagId, tagged_id: ticketId, tagged_type: "ticket" });
    }
  }

  await insertRows(tx, "tickets", tickets);
  await insertRows(tx, "comments", comments);
  await insertRows(tx, "tag_mappings", tagMappings);
  await insertRows(tx, "next_number", [
    { tenant: ref.tenant, entity_type: "TICKET", last_number: FIRST_TICKET_NUMBER + count - 1, prefix: TICKET_PREFIX, padding_length: 6 },
  ]);
}

/** Some technicians carry more tickets than others, as in a real team. */
function pickAssignee(random: SeededRandom, ref: ReferenceData): string {
  return random.chance(0.25) ? ref.techUserId : random.pick(ref.technicianIds);
}
