import { useEffect, useRef, useState, type FormEvent } from "react";
import { useT } from "../../i18n/active-language";
import { failuresIn } from "../../api/close-rules";
import type { TicketDetail } from "../../api/schemas/tickets";
import { sessionScope, useSession } from "../../auth/session";
import { Button } from "../../ui/Button";
import type { QueuedChange, ResolutionNote } from "../changes/change";
import { outbox, useOutboxQueue } from "../changes/ticket-outbox";
import { lastService } from "../time/last-service";
import { entryFor, saveTimer } from "../timer/save-timer";
import { oneSpan, reviewReasons, stoppedAt, workedMs } from "../timer/timer-clock";
import { formatElapsed } from "../../lib/duration";
import { timerKey, useTimer } from "../timer/timer-store";
import { useTimerNow } from "../timer/use-timer-now";
import { CloseChecks } from "./CloseChecks";
import { clearDraft, loadDraft, resolutionDraftKey, restoreIntoDraft, saveDraft } from "../conversation/draft-store";
import { ServiceSelect } from "../time/ServiceSelect";
import type { SheetName } from "./sheet-name";
import { useBoardStatuses } from "../fields/use-board-statuses";
import { queueChange } from "../changes/use-queue-change";
import { asksSignOff, setAsksSignOff } from "../sign-off/board-choice";
import "../time/TimeEntryForm.css";
import "./ResolveSheet.css";

/** This ticket's close still in the outbox with its resolution note (waiting, or refused), if any. */
function earlierClose(queue: QueuedChange[], ticketId: string): { item: QueuedChange; note: ResolutionNote } | null {
  for (const item of queue) {
    const { change } = item;
    if (change.ticketId === ticketId && change.kind === "status" && change.resolution) return { item, note: change.resolution };
  }
  return null;
}

/**
 * Closes a ticket in one step: the timer's time when one runs here, then the closing status with its
 * resolution note, queued in that order. Before anything is sent it shows what may stop the close. The note
 * is posted only with an accepted close (send-resolve); a refused close keeps it, and Resolve opens with it.
 */
export function ResolveSheet({
  ticket,
  onDone,
  showSection,
  openSheet,
}: {
  ticket: TicketDetail;
  onDone: () => void;
  showSection: (section: string) => void;
  openSheet: (sheet: SheetName) => void;
}) {
  const t = useT();
  const session = useSession()!;
  const noteKey = resolutionDraftKey(...sessionScope(session), ticket.ticket_id);
  const closing = useBoardStatuses(ticket.board_id).filter((status) => status.is_closed);
  const timer = useTimer();
  const now = useTimerNow(timer);
  const earlier = earlierClose(useOutboxQueue(), ticket.ticket_id);
  const [note, setNote] = useState("");
  const [isPublic, setPublic] = useState(() => earlier?.note.isInternal === false);
  const [statusId, setStatusId] = useState("");
  const [logTimer, setLogTimer] = useState(true);
  const [serviceId, setServiceId] = useState(lastService);
  const [error, setError] = useState<string | null>(null);
  const [serviceError, setServiceError] = useState<string | undefined>();
  const [signOffFirst, setSignOffFirst] = useState(() => asksSignOff(...sessionScope(session), ticket.board_id));
  const submitted = useRef(false);

  // The note survives a closed sheet and a reload, like the composer's draft; a close still waiting keeps its own.
  const waitingNote = earlier?.note.text;
  useEffect(() => {
    void loadDraft(noteKey).then((draft) => setNote((typed) => typed || draft?.text || waitingNote || ""));
  }, [noteKey, waitingNote]);

  const timerHere = timer?.ticketId === ticket.ticket_id ? timer : null;
  const end = timerHere ? stoppedAt(timerHere.runs, now) : now;
  const reasons = timerHere ? reviewReasons(timerHere.runs, end) : null;
  const needsReview = Boolean(reasons && (reasons.pastMidnight || reasons.long));
  const chosen = closing.find((status) => status.status_id === statusId) ?? closing[0];

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (submitted.current || !chosen) return;
    if (!note.trim()) {
      setError(t("ticket.noteRequired"));
      return;
    }
    const loggingTimer = timerHere && logTimer && !needsReview;
    if (loggingTimer && !serviceId) {
      setServiceError(t("ticket.serviceRequired"));
      return;
    }
    submitted.current = true;
    // This close replaces one still waiting (a refused one, say): it goes after the time logged now.
    if (earlier && !(await outbox.cancel(earlier.item.id))) {
      submitted.current = false;
      setError(t("ticket.earlierCloseSending"));
      return;
    }
    if (loggingTimer) {
      const entry = entryFor(ticket.ticket_id, oneSpan(timerHere.runs, end), { serviceId, notes: "", isBillable: true });
      if (entry) await saveTimer(timerKey(session), timerHere, [entry]);
    }
    const resolution = { text: note.trim(), isInternal: !isPublic };
    const close = { kind: "status", ticketId: ticket.ticket_id, statusId: chosen.status_id, label: chosen.name, resolution } as const;
    await queueChange(close, ticket.updated_at, {
      message: t("ticket.resolvingAs", { status: chosen.name }),
      onUndone: () => void restoreIntoDraft(noteKey, resolution.text, resolution.isInternal),
    });
    await clearDraft(noteKey);
    onDone();
  }

  if (closing.length === 0) {
    return <p>{t("ticket.noClosingStatus")}</p>;
  }
  return (
    <form className="log-time" onSubmit={(event) => void onSubmit(event)} noValidate aria-label={t("ticket.resolveTicket")}>
      <CloseChecks
        ticketId={ticket.ticket_id}
        refused={earlier?.item.state === "failed" ? failuresIn(earlier.item.errorDetails) : []}
        showSection={(section) => {
          showSection(section);
          onDone();
        }}
        openSheet={openSheet}
      />
      <label>
        <span>{t("ticket.resolutionNote")}</span>
        <textarea
          className="control"
          rows={4}
          value={note}
          dir="auto"
          placeholder={t("ticket.whatFixedIt")}
          onChange={(event) => {
            setNote(event.target.value);
            setError(null);
            void saveDraft(noteKey, { text: event.target.value, isInternal: !isPublic, savedAt: Date.now() });
          }}
          aria-invalid={Boolean(error) || undefined}
          aria-describedby={error ? "resolve-note-error" : undefined}
        />
        {error ? (
          <span className="log-time__error" id="resolve-note-error">
            {error}
          </span>
        ) : null}
      </label>
      <label className="log-time__check">
        <input type="checkbox" checked={isPublic} onChange={(event) => setPublic(event.target.checked)} />
        <span>{t("ticket.clientSeesNote")}</span>
      </label>
      <div className="resolve__sign-off">
        <Button variant="secondary" onClick={() => openSheet("signOff")}>
          {t("ticket.signOff")}
        </Button>
        {ticket.board_id ? (
          <label className="log-time__check">
            <input
              type="checkbox"
              checked={signOffFirst}
              onChange={(event) => {
                setSignOffFirst(event.target.checked);
                if (ticket.board_id) setAsksSignOff(...sessionScope(session), ticket.board_id, event.target.checked);
              }}
            />
            <span>{t("ticket.askSignOff")}</span>
          </label>
        ) : null}
      </div>
      <fieldset className="resolve__statuses">
        <legend>{t("ticket.closeAs")}</legend>
        {closing.map((status) => (
          <label key={status.status_id} className="log-time__check">
            <input type="radio" name="close-as" checked={status === chosen} onChange={() => setStatusId(status.status_id)} />
            <span>{status.name}</span>
          </label>
        ))}
      </fieldset>
      {timerHere && needsReview ? (
        <p className="resolve__timer">{reasons?.pastMidnight ? t("ticket.timerPastMidnight") : t("ticket.timerOver12h")}</p>
      ) : null}
      {timerHere && !needsReview ? (
        <label className="log-time__check">
          <input type="checkbox" checked={logTimer} onChange={(event) => setLogTimer(event.target.checked)} />
          <span>{t("ticket.logTimer", { time: formatElapsed(workedMs(timerHere.runs, end)) })}</span>
        </label>
      ) : null}
      {timerHere && !needsReview && logTimer ? (
        <ServiceSelect
          value={serviceId}
          onChange={(value) => {
            setServiceId(value);
            setServiceError(undefined);
          }}
          error={serviceError}
          errorId="resolve-service-error"
        />
      ) : null}
      <Button type="submit">{t("ticket.resolveTicket")}</Button>
    </form>
  );
}
