import { useState } from "react";
import type { TicketDetail } from "../../api/schemas/tickets";
import { useSession } from "../../auth/session";
import { Button } from "../../ui/Button";
import { StopTimerSheet } from "./StopTimerSheet";
import { lastService } from "../time/last-service";
import { entryFor, saveTimer } from "./save-timer";
import { oneSpan, reviewReasons, stoppedAt, workedMs } from "./timer-clock";
import { formatElapsed } from "../../lib/duration";
import { editTimer, paused, timerKey, useTimer } from "./timer-store";
import { useTimerNow } from "./use-timer-now";
import { useTimerStart } from "./use-timer-start";
import { useT } from "../../i18n/active-language";

/**
 * The timer's sheet on a ticket: the review of a stopped timer, or, when starting a timer while one
 * runs on another ticket, the choice between saving that one first (reviewed or as it is) and cancelling.
 */
export function TimerSheet({ ticket, mode, onDone }: { ticket: TicketDetail; mode: "timerStop" | "timerSwitch"; onDone: () => void }) {
  const t = useT();
  const key = timerKey(useSession()!);
  const timer = useTimer();
  const start = useTimerStart(ticket);
  const [reviewing, setReviewing] = useState(mode === "timerStop");
  const now = useTimerNow(timer);
  if (!timer) return <p>{t("timer.savedElsewhere")}</p>;
  const end = stoppedAt(timer.runs, now);
  if (reviewing) {
    const then = mode === "timerSwitch" ? () => void start().then(onDone) : onDone;
    return <StopTimerSheet timer={timer} stoppedAt={end} onDone={then} />;
  }

  const reasons = reviewReasons(timer.runs, end);
  const serviceId = lastService();
  // Saving as it is skips the review: only for an ordinary timer whose service is known.
  const quick =
    !reasons.pastMidnight && !reasons.long && serviceId
      ? entryFor(timer.ticketId, oneSpan(timer.runs, end), { serviceId, notes: "", isBillable: true })
      : null;

  async function switchHere() {
    if (!timer || !quick) return;
    await saveTimer(key, timer, [quick]);
    await start();
    onDone();
  }

  return (
    <div className="sheet-confirm" role="group" aria-labelledby="switch-question">
      <p id="switch-question">
        {t("timer.switchQuestion", { number: timer.ticketNumber, time: formatElapsed(workedMs(timer.runs, end)) })}
      </p>
      <Button
        autoFocus
        onClick={() => {
          void editTimer(key, (current) => current && paused(current));
          setReviewing(true);
        }}
      >
        {t("timer.stopAndSaveFirst", { number: timer.ticketNumber })}
      </Button>
      {quick ? (
        <Button variant="secondary" onClick={() => void switchHere()}>
          {t("timer.switchAsItIs", { number: timer.ticketNumber })}
        </Button>
      ) : null}
      <Button variant="ghost" onClick={onDone}>
        {t("timer.cancel")}
      </Button>
    </div>
  );
}
