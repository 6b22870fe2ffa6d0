import { useQuery } from "@tanstack/react-query";
import { useT } from "../../i18n/active-language";
import { storedText, type StoredText } from "../../i18n/stored-text";
import { useState } from "react";
import type { TicketDetail } from "../../api/schemas/tickets";
import { useOutboxQueue } from "../changes/ticket-outbox";
import { Button } from "../../ui/Button";
import { useTicketQueries } from "../ticket-queries";
import { AssigneePicker } from "./AssigneePicker";
import { pendingChange } from "../changes/pending-value";
import { queueChange } from "../changes/use-queue-change";
import "./Watchers.css";

/** Watchers live in `attributes.watcher_user_ids`; the outbox rebuilds attributes from the fresh ticket when sending. */
export function Watchers({ ticket }: { ticket: TicketDetail }) {
  const t = useT();
  const queries = useTicketQueries();
  const agents = useQuery(queries.agents(""));
  const queue = useOutboxQueue();
  const [picking, setPicking] = useState(false);
  const pending = pendingChange(queue, ticket.ticket_id, "attributes", (change) => "watcher_user_ids" in change.set);
  const watcherIds = pending?.set.watcher_user_ids ?? ticket.attributes?.watcher_user_ids ?? [];

  const nameOf = (userId: string) => {
    const user = agents.data?.find((agent) => agent.user_id === userId);
    return user
      ? [user.first_name, user.last_name].filter(Boolean).join(" ") || user.email || t("fields.unnamedUser")
      : t("fields.anotherUser");
  };
  // The label waits in the outbox: stored as its key, written in the language active when shown.
  const save = (next: string[], label: StoredText) =>
    void queueChange({ kind: "attributes", ticketId: ticket.ticket_id, set: { watcher_user_ids: next }, label }, ticket.updated_at);

  return (
    <div className="watchers">
      <span className="watchers__label" id="watchers-label">
        {t("fields.watchers")}
      </span>
      <ul className="watchers__list" aria-labelledby="watchers-label">
        {watcherIds.length === 0 ? <li className="watchers__none">{t("fields.nobodyWatching")}</li> : null}
        {watcherIds.map((userId) => (
          <li key={userId}>
            <span>{nameOf(userId)}</span>
            <Button
              variant="ghost"
              aria-label={t("fields.stopWatching", { name: nameOf(userId) })}
              onClick={() =>
                save(
                  watcherIds.filter((id) => id !== userId),
                  storedText("fields.watcherRemoved", { name: nameOf(userId) }),
                )
              }
            >
              {t("fields.remove")}
            </Button>
          </li>
        ))}
      </ul>
      {pending ? <span className="watchers__pending">{t("fields.waitingToSend")}</span> : null}
      {picking ? (
        <AssigneePicker
          onCancel={() => setPicking(false)}
          onPick={(userId, name) => {
            if (!watcherIds.includes(userId)) save([...watcherIds, userId], storedText("fields.watcherAdded", { name }));
            setPicking(false);
          }}
        />
      ) : (
        <div>
          <Button variant="secondary" onClick={() => setPicking(true)}>
            {t("fields.addWatcher")}
          </Button>
        </div>
      )}
    </div>
  );
}
