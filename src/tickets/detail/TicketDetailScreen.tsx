import { errorText } from "../../auth/error-text";
import { useCallback, useEffect, useRef, useState } from "react";
import { Link, useLocation, useNavigate, useParams } from "react-router";
import { ApiError } from "../../api/errors";
import { useT } from "../../i18n/active-language";
import { RichText } from "../../i18n/RichText";
import { sessionScope, useSession } from "../../auth/session";
import { OnlineIndicator } from "../changes/OnlineIndicator";
import { useOnline } from "../../offline/use-online-status";
import { Button } from "../../ui/Button";
import { Message } from "../../ui/Message";
import { SkeletonList } from "../../ui/Skeleton";
import { TopBar } from "../../ui/TopBar";
import { ActionDock } from "./ActionDock";
import { draftKey, restoreIntoDraft } from "../conversation/draft-store";
import { isTemporaryTicketId } from "../ticket-id";
import { useCreatedId } from "../changes/ticket-outbox";
import { ShareTicket } from "./ShareTicket";
import { TicketHeader } from "./TicketHeader";
import { TicketSections } from "./TicketSections";
import type { SheetName } from "./sheet-name";
import { TicketSheets } from "./TicketSheets";
import { useDeliveredToasts } from "../changes/use-queue-change";
import { useTicket } from "../changes/use-ticket";
import { refusalText } from "../changes/refusal-message";
import { useTicketShortcuts } from "./use-ticket-shortcuts";
import { useSeeTicket } from "../unread/use-unseen";
import { useCallReturn } from "../contact/use-call-return";
import "./TicketDetailScreen.css";

export function TicketDetailScreen() {
  const t = useT();
  const { ticketId = "" } = useParams();
  const { ticket, partial, queued, detail } = useTicket(ticketId);
  const session = useSession()!;
  const [server, userId] = sessionScope(session);
  const draft = draftKey(server, userId, ticketId);
  useMoveToCreatedTicket(ticketId);
  useSeeTicket(ticketId, detail.data?.updated_at);
  const online = useOnline();
  // A share into the app lands on the ticket's documents (navigation state from the share screen), and
  // "Stop and log it" at sign-out on the timer's review.
  const arrival = useLocation().state as { section?: string; sheet?: "timerStop" } | null;
  const [sheet, setSheet] = useState<SheetName | null>(arrival?.sheet ?? null);
  const [section, setSection] = useState(arrival?.section ?? "conversation");
  const composer = useRef<HTMLTextAreaElement>(null);
  // Bumped when text is put back into the draft (a discarded or undone note), to reload the composer.
  const [draftVersion, setDraftVersion] = useState(0);
  const restoreComment = useCallback(
    async (text: string, isInternal: boolean) => {
      await restoreIntoDraft(draft, text, isInternal);
      setDraftVersion((version) => version + 1);
    },
    [draft],
  );
  useDeliveredToasts();
  const focusComposer = useCallback(() => composer.current?.focus(), []);
  // Back from a call started on the contact card: offer to log it.
  const offerCallLog = useCallback(() => setSheet("logCall"), []);
  useCallReturn(ticketId, offerCallLog);
  useTicketShortcuts({ enabled: Boolean(ticket), openSheet: setSheet, focusComposer, showSection: setSection });
  const { search } = useLocation();
  const back = { to: `/tickets${search}`, label: t("ticket.backToTickets") };

  if (!ticket) {
    return (
      <div className="screen">
        <TopBar title={t("ticket.ticket")} back={back} actions={<OnlineIndicator />} />
        <main>
          {isTemporaryTicketId(ticketId) ? (
            <Message title={t("ticket.newNotOnDeviceTitle")}>
              <p>{t("ticket.newNotOnDeviceBody")}</p>
            </Message>
          ) : detail.isError ? (
            <DetailError error={detail.error} retry={() => void detail.refetch()} />
          ) : (
            <SkeletonList rows={3} label={t("ticket.loadingTicket")} />
          )}
        </main>
      </div>
    );
  }
  const subtitle = [ticket.client_name, ticket.contact_name].filter(Boolean).join(" · ");
  return (
    <div className="screen ticket-screen">
      <TopBar
        title={ticket.ticket_number}
        subtitle={subtitle || undefined}
        back={back}
        actions={
          <>
            <OnlineIndicator />
            {queued ? null : <ShareTicket ticket={ticket} />}
          </>
        }
      />
      <main className="ticket-pane">
        <article className="ticket-pane__body" aria-labelledby="ticket-title">
          <TicketHeader ticket={ticket} partial={partial} openSheet={setSheet} />
          {queued ? (
            <p className={`ticket-partial ticket-partial--${queued.state}`} role="status">
              {queued.state === "failed" ? (
                <>
                  <RichText
                    text={t("ticket.notCreated")}
                    parts={{
                      error: refusalText(queued),
                      fix: <Link to={`/tickets/new?edit=${encodeURIComponent(ticketId)}`}>{t("ticket.correctTicket")}</Link>,
                    }}
                  />
                </>
              ) : online ? (
                t("ticket.waitingCreating")
              ) : (
                t("ticket.waitingOffline")
              )}
            </p>
          ) : null}
          {partial ? (
            <p className="ticket-partial" role="status">
              {online && detail.isFetching ? t("ticket.loadingFull") : t("ticket.partialBody")}
            </p>
          ) : null}
          <TicketSections ticket={ticket} partial={partial} onDiscardComment={restoreComment} section={section} onSection={setSection} />
        </article>
        <ActionDock
          ticket={ticket}
          draftKey={draft}
          draftVersion={draftVersion}
          composer={composer}
          openSheet={setSheet}
          onUndoneComment={(text, isInternal) => void restoreComment(text, isInternal)}
        />
      </main>
      <TicketSheets ticket={ticket} sheet={sheet} onClose={() => setSheet(null)} openSheet={setSheet} showSection={setSection} />
    </div>
  );
}

/**
 * A ticket created on this device gets its real id from the server: the screen moves there, replacing the
 * temporary address so Back does not return to it (the note being typed has already moved: ticket-outbox).
 */
function useMoveToCreatedTicket(ticketId: string) {
  const createdId = useCreatedId(ticketId);
  const navigate = useNavigate();
  const { search } = useLocation();
  useEffect(() => {
    if (createdId) void navigate({ pathname: `/tickets/${createdId}`, search }, { replace: true });
  }, [createdId, navigate, search]);
}

function DetailError({ error, retry }: { error: Error; retry: () => void }) {
  const t = useT();
  if (error instanceof ApiError && error.kind === "not_found") {
    return (
      <Message title={t("ticket.notFoundTitle")}>
        <p>{t("ticket.notFoundBody")}</p>
      </Message>
    );
  }
  if (error instanceof ApiError && error.kind === "forbidden") {
    return (
      <Message title={t("ticket.forbiddenTitle")}>
        <p>{t("ticket.forbiddenBody")}</p>
      </Message>
    );
  }
  if (error instanceof ApiError && error.kind === "validation") {
    return (
      <Message title={t("ticket.notLinkTitle")}>
        <p>{t("ticket.notLinkBody")}</p>
      </Message>
    );
  }
  return (
    <Message tone="error" title={t("ticket.loadFailedTitle")} action={<Button onClick={retry}>{t("ticket.tryAgain")}</Button>}>
      <p>{errorText(error)}</p>
    </Message>
  );
}
