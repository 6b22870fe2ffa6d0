import { useState } from "react";
import { useT } from "../../i18n/active-language";
import { useSession } from "../../auth/session";
import { CommentList } from "./CommentList";
import { PendingChanges } from "./PendingChanges";
import { ServerHtml } from "./ServerHtml";
import type { SectionProps } from "../section-props";
import { useFold } from "../../ui/use-fold";

/** The description (folded to a few lines), what is still to send, then the conversation. */
export function ConversationSection({ ticket, partial, onDiscardComment }: SectionProps) {
  const t = useT();
  const { server } = useSession()!;
  const [full, setFull] = useState(false);
  const { folded, foldable } = useFold<HTMLDivElement>("description--folded", ticket.description_html ?? "");
  return (
    <div className="conversation">
      <section aria-labelledby="description-heading" className="description">
        <h3 id="description-heading" className="visually-hidden">
          {t("conversation.description")}
        </h3>
        {partial ? null : (
          <>
            <div id="ticket-description" ref={folded} className={full ? undefined : "description--folded"}>
              <ServerHtml
                className="description__text"
                html={ticket.description_html || `<p>${t("conversation.noDescription")}</p>`}
                server={server}
              />
            </div>
            {foldable || full ? (
              <button
                type="button"
                className="description__toggle"
                aria-expanded={full}
                aria-controls="ticket-description"
                onClick={() => setFull(!full)}
              >
                {full ? t("conversation.showLess") : t("conversation.showFullDescription")}
              </button>
            ) : null}
          </>
        )}
      </section>
      <PendingChanges ticketId={ticket.ticket_id} onDiscardComment={onDiscardComment} />
      <CommentList ticketId={ticket.ticket_id} />
    </div>
  );
}
