import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useT } from "../../i18n/active-language";
import { rowOnDevice } from "../rows-on-device";
import { useTicketQueries } from "../ticket-queries";
import { editTimer, timerKey, type StoredTimer } from "./timer-store";
import { useStopOtherTimer } from "./use-timer-start";
import { useSession } from "../../auth/session";

/**
 * The server keeps one timer per user (fieldkit §4.6): when it already runs elsewhere, this device's timer
 * is on this device only. Said plainly, with the two ways on: stop that one (its time is saved in Alga and
 * this one takes its place) or keep both.
 */
export function TimerElsewhere({ timer }: { timer: StoredTimer }) {
  const t = useT();
  const session = useSession()!;
  const queryClient = useQueryClient();
  const queries = useTicketQueries();
  const stopOther = useStopOtherTimer();
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState(false);
  const other = timer.elsewhere;
  // Named by its number as everywhere else: the ticket is asked for when this device has not seen it (the server's
  // session carries only the title).
  const otherTicket = useQuery({ ...queries.detail(other?.ticketId ?? ""), enabled: Boolean(other?.ticketId) });
  if (!other) return null;
  const ticket =
    otherTicket.data?.ticket_number ??
    (other.ticketId ? rowOnDevice(queryClient, queries, other.ticketId)?.ticket_number : null) ??
    other.ticketTitle ??
    t("timer.otherTicket");

  const stop = () => {
    setBusy(true);
    setFailed(false);
    stopOther(timer).then(
      () => setBusy(false),
      () => {
        setBusy(false);
        setFailed(true);
      },
    );
  };
  const keepBoth = () =>
    void editTimer(timerKey(session), (current) => (current?.id === timer.id ? { ...current, elsewhere: null } : current));

  return (
    <div className="timer-bar__elsewhere" role="alert">
      <p>
        <strong>{t("timer.elsewhere", { ticket })}</strong> {t("timer.elsewhereHelp")}
      </p>
      {failed ? <p>{t("timer.stopOtherFailed")}</p> : null}
      <div className="timer-bar__elsewhere-actions">
        <button type="button" onClick={stop} disabled={busy}>
          {t("timer.stopOther")}
        </button>
        <button type="button" onClick={keepBoth} disabled={busy}>
          {t("timer.keepBoth")}
        </button>
      </div>
    </div>
  );
}
