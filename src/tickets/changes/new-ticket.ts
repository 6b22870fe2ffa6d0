import type { NewTicket } from "../../api/ticket-create";

/** A picked reference (client, board, …): its id for the server, its name to show while the ticket is not created yet. */
export interface Choice {
  id: string;
  name: string;
}

/** A subcategory knows its parent: the server wants both (field-kit contract §1.1). */
export type CategoryChoice = Choice & { parentId?: string | null };

/** A new ticket as the technician filled it in: what is sent, and what its screen shows until the server has it. */
export interface NewTicketChoices {
  title: string;
  description: string;
  client: Choice;
  board: Choice;
  status: Choice;
  priority: Choice;
  contact: Choice | null;
  location: Choice | null;
  category: CategoryChoice | null;
  assignee: Choice | null;
}

export function newTicketBody(choices: NewTicketChoices): NewTicket {
  const { category } = choices;
  return {
    title: choices.title,
    description: choices.description,
    client_id: choices.client.id,
    board_id: choices.board.id,
    status_id: choices.status.id,
    priority_id: choices.priority.id,
    contact_name_id: choices.contact?.id,
    location_id: choices.location?.id,
    assigned_to: choices.assignee?.id,
    ...(category?.parentId ? { category_id: category.parentId, subcategory_id: category.id } : { category_id: category?.id }),
  };
}
