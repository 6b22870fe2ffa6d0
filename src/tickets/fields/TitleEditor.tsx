import { useState, type FormEvent } from "react";
import { t, useT } from "../../i18n/active-language";
import { TextAreaField } from "../../ui/TextAreaField";
import type { TicketDetail } from "../../api/schemas/tickets";
import { Button } from "../../ui/Button";
import { Sheet } from "../../ui/Sheet";
import { useDeliveredChanges, useOutboxQueue } from "../changes/ticket-outbox";
import { fieldState } from "../changes/pending-value";
import { queueChange } from "../changes/use-queue-change";
import "../TicketEdits.css";

/** The server's limit on a title (fieldkit §2.1). */
export const TITLE_LIMIT = 255;

/** What is wrong with a new title before anything is queued, or null. The server would store a blank one. */
export function titleProblem(title: string): string | null {
  const trimmed = title.trim();
  if (!trimmed) return t("fields.titleRequired");
  if (trimmed.length > TITLE_LIMIT) return t("fields.titleTooLong", { limit: String(TITLE_LIMIT), n: trimmed.length });
  return null;
}

/** The title as shown: the technician's new one while it is on its way. */
export function useShownTitle(ticket: TicketDetail) {
  const state = fieldState(useOutboxQueue(), useDeliveredChanges(), ticket, "title");
  return { title: state.change?.title ?? ticket.title ?? "", mark: state.mark };
}

/** "Edit title" beside the title, and its sheet. */
export function TitleEditor({ ticket }: { ticket: TicketDetail }) {
  const t = useT();
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" className="ticket-header__edit" onClick={() => setOpen(true)} aria-haspopup="dialog">
        <span aria-hidden="true">✎</span>
        <span className="visually-hidden">{t("fields.editTitle")}</span>
      </button>
      <Sheet open={open} onClose={() => setOpen(false)} title={t("fields.editTitle")}>
        <TitleForm ticket={ticket} onDone={() => setOpen(false)} />
      </Sheet>
    </>
  );
}

function TitleForm({ ticket, onDone }: { ticket: TicketDetail; onDone: () => void }) {
  const t = useT();
  const shown = useShownTitle(ticket);
  const [title, setTitle] = useState(shown.title);
  const [error, setError] = useState<string | null>(null);

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    const problem = titleProblem(title);
    if (problem) return setError(problem);
    // The server is told only about a real change (the native app skips it too, fieldkit §2.1).
    if (title.trim() !== shown.title.trim())
      void queueChange({ kind: "title", ticketId: ticket.ticket_id, title: title.trim() }, ticket.updated_at);
    onDone();
  }

  return (
    <form className="sheet-form" onSubmit={onSubmit} noValidate>
      <TextAreaField
        label={t("fields.title")}
        rows={3}
        value={title}
        onChange={(value) => {
          setTitle(value);
          setError(null);
        }}
        error={error}
      />
      <div className="sheet-form__actions">
        <Button type="submit">{t("fields.save")}</Button>
        <Button variant="ghost" onClick={onDone}>
          {t("fields.cancel")}
        </Button>
      </div>
    </form>
  );
}
