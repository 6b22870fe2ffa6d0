import { useState } from "react";
import { ApiError } from "../../api/errors";
import type { TicketDetail } from "../../api/schemas/tickets";
import { Sheet } from "../../ui/Sheet";
import { outbox, useOutboxQueue } from "../changes/ticket-outbox";
import { TagPicker } from "./TagPicker";
import { queueChange } from "../changes/use-queue-change";
import { useTicketTags, type ShownTag } from "./use-ticket-tags";
import { useT } from "../../i18n/active-language";
import "./TicketTags.css";

/** The ticket's tags under its title: remove one with its ×, add with "+ Tag" (an existing tag or a new one). */
export function TicketTags({ ticket }: { ticket: TicketDetail }) {
  const t = useT();
  const { query, tags } = useTicketTags(ticket.ticket_id);
  const queue = useOutboxQueue();
  const [open, setOpen] = useState(false);
  // A 403 means no tags for this account: nothing to show or offer.
  if (!tags && query.error instanceof ApiError && query.error.kind === "forbidden") return null;

  function remove(tag: ShownTag) {
    // An addition still waiting is simply taken back; anything else is removed on the server.
    const waiting = queue.find(
      (item) =>
        item.state === "pending" &&
        item.change.kind === "tagAdd" &&
        item.change.ticketId === ticket.ticket_id &&
        item.change.text === tag.text,
    );
    if (waiting) void outbox.cancel(waiting.id);
    else void queueChange({ kind: "tagRemove", ticketId: ticket.ticket_id, text: tag.text }, null);
  }

  return (
    <div className="ticket-tags">
      <ul className="ticket-tags__list" aria-label={t("tags.tags")}>
        {(tags ?? []).map((tag) => (
          <li key={tag.text} className="ticket-tags__tag">
            <span dir="auto">#{tag.text}</span>
            {tag.mark === "sending" ? <span className="ticket-tags__mark">{t("tags.notSentYet")}</span> : null}
            <button
              type="button"
              className="ticket-tags__remove"
              onClick={() => remove(tag)}
              aria-label={t("tags.remove", { tag: tag.text })}
            >
              <span aria-hidden="true">×</span>
            </button>
          </li>
        ))}
        <li>
          <button type="button" className="ticket-tags__add" onClick={() => setOpen(true)} aria-haspopup="dialog" disabled={!tags}>
            {t("tags.add")}
          </button>
        </li>
      </ul>
      {query.isError && !tags ? <p className="ticket-tags__note">{t("tags.loadOnline")}</p> : null}
      <Sheet open={open} onClose={() => setOpen(false)} title={t("tags.addTitle")}>
        <TagPicker
          taken={(tags ?? []).map((tag) => tag.text)}
          onPick={(text) => {
            void queueChange({ kind: "tagAdd", ticketId: ticket.ticket_id, text }, null);
            setOpen(false);
          }}
        />
      </Sheet>
    </div>
  );
}
