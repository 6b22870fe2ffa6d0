import { useQueryClient } from "@tanstack/react-query";
import { Button } from "../../ui/Button";
import { ButtonLink } from "../../ui/ButtonLink";
import { deleteFile } from "../../lib/file-store";
import { clockOf } from "../../lib/local-time";
import { userKeys } from "../../lib/storage-keys";
import { useTicketQueries } from "../ticket-queries";
import { ticketOnDevice } from "../rows-on-device";
import { describeChange, type Change, type QueuedChange } from "./change";
import { heldBackChanges, outbox, useOutboxQueue } from "./ticket-outbox";
import { useT } from "../../i18n/active-language";
import type { MessageKey } from "../../i18n/catalogue-types";
import { refusalText } from "./refusal-message";
import "./OutboxList.css";

const stateText: Record<QueuedChange["state"], MessageKey> = {
  pending: "changes.stateWaiting",
  sending: "changes.stateSending",
  unknown: "changes.stateUnknown",
  failed: "changes.stateFailed",
  conflict: "changes.stateConflict",
};

/** Changes that wait for the technician, not for the network: refused, or in conflict with someone else's. */
export const needsYou = (item: QueuedChange) => item.state === "failed" || item.state === "conflict";

/** A time entry's range, so one of several refused entries can be told from the others. */
const timeRange = (change: Change) =>
  change.kind === "timeEntry" || change.kind === "timerStop"
    ? `${clockOf(new Date(change.entry.startTime))}–${clockOf(new Date(change.entry.endTime))}`
    : null;

/**
 * Text the technician wrote (a note, a resolution note) is discarded on its ticket, where it goes back into
 * the composer or Resolve; from here only the way there is offered, so nothing typed is lost.
 */
const holdsWriting = (change: Change) => change.kind === "comment" || (change.kind === "status" && change.resolution !== undefined);

async function discard(item: QueuedChange) {
  await outbox.discard(item.id);
  if (item.change.kind === "document") await deleteFile(userKeys.uploadFile(item.change.fileId));
}

/**
 * Every change still on this device, across tickets, each with its ticket's number. What waits for the
 * technician can be tried again, discarded, or edited on its ticket.
 */
export function OutboxList({ onNavigate }: { onNavigate: () => void }) {
  const t = useT();
  const queue = useOutboxQueue();
  const queryClient = useQueryClient();
  const queries = useTicketQueries();
  const held = heldBackChanges(queue);
  if (queue.length === 0) return <p>{t("changes.allSent")}</p>;

  return (
    <ul className="outbox-list">
      {queue.map((item) => {
        const number = ticketOnDevice(queryClient, queries, item.change.ticketId)?.number ?? t("changes.theTicket");
        const created = item.change.kind === "createTicket";
        const range = timeRange(item.change);
        return (
          <li key={item.id} className={`outbox-list__item outbox-list__item--${item.state}`}>
            <p className="outbox-list__what">
              <strong>{describeChange(item.change)}</strong>
              {range ? <span>{range}</span> : null}
              <span className="outbox-list__ticket">{created ? t("changes.newTicket") : number}</span>
            </p>
            <p className="outbox-list__state">{held.has(item.id) ? t("changes.waitsForRefused") : t(stateText[item.state])}</p>
            {item.error ? <p className="outbox-list__error">{refusalText(item)}</p> : null}
            <div className="outbox-list__actions">
              <ButtonLink
                variant="secondary"
                to={created ? `/tickets/new?edit=${encodeURIComponent(item.change.ticketId)}` : `/tickets/${item.change.ticketId}`}
                onClick={onNavigate}
              >
                {needsYou(item) ? (created ? t("changes.correctTicket") : t("changes.editOn", { number })) : t("changes.open", { number })}
              </ButtonLink>
              {needsYou(item) ? (
                <>
                  {created ? null : (
                    <Button variant="secondary" onClick={() => void outbox.retry(item.id)}>
                      {item.state === "conflict" ? t("changes.applyMine") : t("changes.tryAgain")}
                    </Button>
                  )}
                  {holdsWriting(item.change) ? null : (
                    <Button variant="ghost" onClick={() => void discard(item)}>
                      {t("changes.discard")}
                    </Button>
                  )}
                </>
              ) : null}
            </div>
          </li>
        );
      })}
    </ul>
  );
}
