import { useEffect, useMemo, useRef, useState } from "react";
import { useT } from "../../i18n/active-language";
import { useNavigate, useSearchParams } from "react-router";
import type { TicketDetail } from "../../api/schemas/tickets";
import { sessionScope, useSession } from "../../auth/session";
import { userKeys } from "../../lib/storage-keys";
import { useOnline } from "../../offline/use-online-status";
import { Message } from "../../ui/Message";
import { SkeletonList } from "../../ui/Skeleton";
import { TopBar } from "../../ui/TopBar";
import { ButtonLink } from "../../ui/ButtonLink";
import type { Choice, NewTicketChoices } from "../changes/new-ticket";
import { temporaryTicketId } from "../ticket-id";
import { OnlineIndicator } from "../changes/OnlineIndicator";
import { outbox, useCreatedId } from "../changes/ticket-outbox";
import { useTicket } from "../changes/use-ticket";
import {
  clearNewTicketDraft,
  emptyDraft,
  loadNewTicketDraft,
  type FieldErrors,
  refusalsOnFields,
  saveNewTicketDraft,
  type NewTicketDraft,
} from "./new-ticket-form";
import { NewTicketForm } from "./NewTicketForm";
import { useQueuedCreate } from "../changes/queued-tickets";
import "./NewTicketScreen.css";

/** How long the form waits online for the server's answer before showing the ticket as waiting to send. */
const ANSWER_WAIT_MS = 8_000;
const DRAFT_SAVE_DELAY_MS = 300;

/**
 * A new ticket: `?from=<ticket>` prefills the client, contact, location and board of that ticket;
 * `?edit=<temporary id>` corrects a new ticket the server refused. Every new ticket goes through the outbox,
 * online or not: online the form waits a moment for the server (a refusal stays on the form, on its fields),
 * otherwise it opens the ticket as waiting to send.
 */
export function NewTicketScreen() {
  const [params] = useSearchParams();
  const editing = params.get("edit");
  const from = params.get("from");
  const t = useT();
  return (
    <div className="screen">
      <TopBar
        title={t(editing ? "new.correctTitle" : "new.title")}
        back={from ? { to: `/tickets/${from}`, label: t("new.backToTicket") } : { to: "/tickets", label: t("ticket.backToTickets") }}
        actions={<OnlineIndicator />}
      />
      <main className="new-ticket-screen">
        {editing ? <EditQueuedTicket ticketId={editing} /> : from ? <NewTicketFrom ticketId={from} /> : <FreshTicket prefill={null} />}
      </main>
    </div>
  );
}

function NewTicketFrom({ ticketId }: { ticketId: string }) {
  const { ticket } = useTicket(ticketId);
  const t = useT();
  if (!ticket) return <SkeletonList rows={3} label={t("new.loadingTicket")} />;
  return <FreshTicket prefill={ticket} />;
}

const choice = (id: string | null | undefined, name: string | null | undefined, fallback: string): Choice | null =>
  id ? { id, name: name || fallback } : null;

/** The form for a ticket not queued yet: from its draft (kept as it is typed), or prefilled from another ticket. */
function FreshTicket({ prefill }: { prefill: TicketDetail | null }) {
  const session = useSession()!;
  const t = useT();
  const draftKey = userKeys.draft(...sessionScope(session), "new");
  const [initial, setInitial] = useState<NewTicketDraft | null>(null);
  useEffect(() => {
    let live = true;
    void loadNewTicketDraft(draftKey).then((draft) => {
      if (!live) return;
      const start = draft ?? emptyDraft({ id: session.user.id, name: session.user.name ?? t("new.me") });
      // What was typed stays; the ticket's client and where it is come from the ticket.
      const from: Partial<NewTicketDraft> = prefill
        ? {
            client: choice(prefill.client_id, prefill.client_name, t("new.clientOfTicket")),
            contact: choice(prefill.contact_name_id, prefill.contact_name, t("new.contactOfTicket")),
            location: choice(prefill.location_id, prefill.location_name, t("new.locationOfTicket")),
            board: choice(prefill.board_id, prefill.board_name, t("new.boardOfTicket")),
            status: null,
            category: null,
          }
        : {};
      setInitial({ ...start, ...from });
    });
    return () => {
      live = false;
    };
  }, [draftKey, prefill, session.user.id, session.user.name, t]);

  // A ref, not state: the second tap of a double tap comes before a render could make the button busy.
  const submitted = useRef(false);
  const [queueing, setQueueing] = useState(false);
  const [notQueued, setNotQueued] = useState<FieldErrors | null>(null);
  const saveTimer = useRef<ReturnType<typeof setTimeout>>(undefined);
  useEffect(() => () => clearTimeout(saveTimer.current), []);
  const [temporaryId, setTemporaryId] = useState<string | null>(null);

  if (!initial) return <SkeletonList rows={3} label={t("new.loadingDraft")} />;
  if (temporaryId) return <EditQueuedTicket ticketId={temporaryId} justQueued />;
  return (
    <NewTicketForm
      initial={initial}
      refusal={notQueued}
      busy={queueing}
      submitLabel={t("new.create")}
      onDraft={(draft) => {
        clearTimeout(saveTimer.current);
        saveTimer.current = setTimeout(() => {
          if (!submitted.current) void saveNewTicketDraft(draftKey, draft);
        }, DRAFT_SAVE_DELAY_MS);
      }}
      onSubmit={(choices) => {
        if (submitted.current) return;
        submitted.current = true;
        setQueueing(true);
        setNotQueued(null);
        clearTimeout(saveTimer.current);
        const ticketId = temporaryTicketId();
        void outbox.enqueue({ kind: "createTicket", ticketId, ticket: choices }, null).then(
          () =>
            clearNewTicketDraft(draftKey)
              .catch(() => undefined)
              .then(() => setTemporaryId(ticketId)),
          () => {
            submitted.current = false;
            setQueueing(false);
            setNotQueued({ form: t("new.notSavedOnDevice") });
          },
        );
      }}
    />
  );
}

/**
 * A new ticket in the outbox: while the server has not answered, the form shows it busy; created, the screen
 * moves to the ticket (replacing the form in the history); refused, the refusal shows on the fields and the
 * corrected ticket replaces the queued one. Nothing typed is lost: it is in the queued change.
 */
function EditQueuedTicket({ ticketId, justQueued = false }: { ticketId: string; justQueued?: boolean }) {
  const navigate = useNavigate();
  const t = useT();
  const online = useOnline();
  const queued = useQueuedCreate(ticketId);
  const createdId = useCreatedId(ticketId);
  const [waiting, setWaiting] = useState(justQueued);
  const state = queued?.state;
  const error = queued?.error;
  const details = queued?.errorDetails;
  const refusal = useMemo(
    () => (state === "failed" ? refusalsOnFields({ kind: "validation", message: typeof error === "string" ? error : "", details }) : null),
    [state, error, details],
  );
  const answerPending = waiting && state !== "failed";

  useEffect(() => {
    if (createdId) void navigate(`/tickets/${createdId}`, { replace: true });
  }, [createdId, navigate]);
  useEffect(() => {
    if (!answerPending || createdId) return;
    // No answer coming soon (offline, lost, retrying): the ticket opens as waiting to send.
    const slow = !online || state === "unknown";
    if (slow) {
      void navigate(`/tickets/${ticketId}`, { replace: true });
      return;
    }
    const timer = setTimeout(() => void navigate(`/tickets/${ticketId}`, { replace: true }), ANSWER_WAIT_MS);
    return () => clearTimeout(timer);
  }, [answerPending, createdId, online, state, ticketId, navigate]);

  if (!queued) {
    if (createdId || waiting) return <SkeletonList rows={3} label={t("new.opening")} />;
    return (
      <Message title={t("new.notWaitingTitle")} action={<ButtonLink to="/tickets">{t("ticket.backToTickets")}</ButtonLink>}>
        <p>{t("new.notWaitingBody")}</p>
      </Message>
    );
  }
  return (
    <>
      {state === "failed" ? (
        <p className="new-ticket__refused" role="alert">
          {t("new.refused")}
        </p>
      ) : null}
      <NewTicketForm
        initial={draftOf(queued.change.ticket)}
        refusal={refusal}
        busy={answerPending}
        submitLabel={t(state === "failed" ? "new.sendAgain" : "new.create")}
        onDraft={() => undefined}
        onSubmit={(choices: NewTicketChoices) => {
          setWaiting(true);
          void outbox.revise(queued.id, { kind: "createTicket", ticketId, ticket: choices });
        }}
      />
    </>
  );
}

function draftOf(choices: NewTicketChoices): NewTicketDraft {
  return { ...choices };
}
