import { useMemo, useState } from "react";
import { CommentList } from "./CommentList";
import { PendingChanges } from "./PendingChanges";
import { sanitizeHtml } from "./sanitize-html";
import type { SectionProps } from "./TicketSections";

/** The description (folded to a few lines), what is still to send, then the conversation. */
export function ConversationSection({ ticket, partial, onDiscardComment }: SectionProps) {
  const description = useMemo(() => sanitizeHtml(ticket.description_html ?? ""), [ticket.description_html]);
  const [full, setFull] = useState(false);
  return (
    <div className="conversation">
      <section aria-labelledby="description-heading" className="description">
        <h3 id="description-heading" className="visually-hidden">
          Description
        </h3>
        {partial ? null : (
          <>
            {/* Sanitised with DOMPurify just above (sanitize-html.ts). */}
            <div
              id="ticket-description"
              className={full ? "description__text" : "description__text description__text--folded"}
              dir="auto"
              dangerouslySetInnerHTML={{ __html: description || "<p>No description.</p>" }}
            />
            <button
              type="button"
              className="description__toggle"
              aria-expanded={full}
              aria-controls="ticket-description"
              onClick={() => setFull(!full)}
            >
              {full ? "Show less" : "Show full description"}
            </button>
          </>
        )}
      </section>
      <PendingChanges ticketId={ticket.ticket_id} onDiscardComment={onDiscardComment} />
      <CommentList ticketId={ticket.ticket_id} />
    </div>
  );
}
