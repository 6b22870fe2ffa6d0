import { del, get, set } from "idb-keyval";
import { t } from "../../i18n/active-language";
import { errorText } from "../../auth/error-text";
import type { ApiError } from "../../api/errors";
import { refusalsByField, type TicketField } from "../../api/ticket-create";
import { writeIfSignedIn } from "../../auth/account-writes";
import type { CategoryChoice, Choice, NewTicketChoices } from "../changes/new-ticket";

/** The form as typed so far: every pick may still be missing. Kept in IndexedDB as the draft. */
export interface NewTicketDraft {
  title: string;
  description: string;
  client: Choice | null;
  contact: Choice | null;
  location: Choice | null;
  board: Choice | null;
  status: Choice | null;
  category: CategoryChoice | null;
  priority: Choice | null;
  assignee: Choice | null;
}

export type FormField = keyof NewTicketDraft | "form";
export type FieldErrors = Partial<Record<FormField, string>>;

/** The server's column (field-kit contract §1.1) cuts the title there. */
export const TITLE_MAX = 255;
/**
 * The server sets no limit on the description (it is stored in `attributes`), but a page of text is what a
 * ticket's description is for; longer logs belong in an attached file, and would make every sync heavier.
 */
export const DESCRIPTION_MAX = 20_000;

export function emptyDraft(assignee: Choice | null): NewTicketDraft {
  const none = { client: null, contact: null, location: null, board: null, status: null, category: null, priority: null };
  return { title: "", description: "", ...none, assignee };
}

/** What the technician must fix before the ticket can be queued; the choices to queue when nothing. */
export function validateDraft(draft: NewTicketDraft): { errors: FieldErrors; choices: NewTicketChoices | null } {
  const errors: FieldErrors = {};
  const title = draft.title.trim();
  if (title === "") errors.title = t("new.titleMissing");
  else if (title.length > TITLE_MAX) errors.title = t("new.titleTooLong", { max: TITLE_MAX, count: title.length });
  if (draft.description.length > DESCRIPTION_MAX) {
    errors.description = t("new.descriptionTooLong", { max: DESCRIPTION_MAX, count: draft.description.length });
  }
  if (!draft.client) errors.client = t("new.clientMissing");
  if (!draft.board) errors.board = t("new.boardMissing");
  if (!draft.status) errors.status = t(draft.board ? "new.statusMissing" : "new.statusNeedsBoard");
  if (!draft.priority) errors.priority = t("new.priorityMissing");
  const { client, board, status, priority } = draft;
  if (Object.keys(errors).length > 0 || !client || !board || !status || !priority) return { errors, choices: null };
  return { errors, choices: { ...draft, title, description: draft.description.trim(), client, board, status, priority } };
}

const fieldOfColumn: Record<TicketField | "form", FormField> = {
  title: "title",
  description: "description",
  client_id: "client",
  contact_name_id: "contact",
  location_id: "location",
  board_id: "board",
  status_id: "status",
  category_id: "category",
  subcategory_id: "category",
  priority_id: "priority",
  assigned_to: "assignee",
  form: "form",
};

/** The server's refusal of a create, on the form's fields. */
export function refusalsOnFields(refusal: Pick<ApiError, "kind" | "message" | "details">): FieldErrors {
  const errors: FieldErrors = {};
  for (const [column, said] of Object.entries(refusalsByField(refusal))) {
    const field = fieldOfColumn[column as TicketField | "form"];
    // The form-wide line may be the app's own words for the failure's kind: those are shown in the active language.
    const message = column === "form" ? errorText({ kind: refusal.kind, message: said }) : said;
    errors[field] = errors[field] ? `${errors[field]} ${message}` : message;
  }
  return errors;
}

interface StoredDraft {
  draft: NewTicketDraft;
  savedAt: number;
}

/** The draft to open the form with: none when it cannot be read (IndexedDB failing), so typing is never blocked. */
export async function loadNewTicketDraft(key: string): Promise<NewTicketDraft | null> {
  return (await get<StoredDraft>(key).catch(() => undefined))?.draft ?? null;
}

/** Nothing typed and no client chosen is no draft: the defaults alone are not worth keeping. */
export async function saveNewTicketDraft(key: string, draft: NewTicketDraft): Promise<void> {
  if (draft.title.trim() === "" && draft.description.trim() === "" && !draft.client) await del(key);
  else await writeIfSignedIn(key, () => set(key, { draft, savedAt: Date.now() } satisfies StoredDraft));
}

export function clearNewTicketDraft(key: string): Promise<void> {
  return del(key);
}
