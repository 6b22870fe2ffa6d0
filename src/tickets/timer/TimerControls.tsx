import type { TicketDetail } from "../../api/schemas/tickets";
import { useSession } from "../../auth/session";
import { useT } from "../../i18n/active-language";
import { Button } from "../../ui/Button";
import { isRunning, workedMs } from "./timer-clock";
import { formatElapsed } from "../../lib/duration";
import { editTimer, paused, resumed, timerKey, useTimer } from "./timer-store";
import { useTimerNow } from "./use-timer-now";
import { useStopwatchSync, useTimerStart } from "./use-timer-start";

/**
 * The timer in a ticket's dock: one tap starts it; while it runs on this ticket, its time, pause or
 * resume (sent to the server's stopwatch when it has one), and stop (which pauses it and opens the review).
 * A timer on another ticket asks first.
 * Its words fold to icons when the dock is narrow (ActionDock.css); the names stay.
 */
export function TimerControls({ ticket, openSheet }: { ticket: TicketDetail; openSheet: (sheet: "timerStop" | "timerSwitch") => void }) {
  const t = useT();
  const key = timerKey(useSession()!);
  const timer = useTimer();
  const now = useTimerNow(timer);
  const start = useTimerStart(ticket);
  const sync = useStopwatchSync();
  if (!timer) {
    return (
      <Button variant="secondary" onClick={() => void start()} aria-label={t("ticket.startTimer")}>
        <span aria-hidden="true">▶</span> <span className="action-dock__word">{t("ticket.timerWord")}</span>
      </Button>
    );
  }
  if (timer.ticketId !== ticket.ticket_id) {
    return (
      <Button variant="secondary" onClick={() => openSheet("timerSwitch")} aria-haspopup="dialog" aria-label={t("ticket.startTimer")}>
        <span aria-hidden="true">▶</span> <span className="action-dock__word">{t("ticket.timerWord")}</span>
      </Button>
    );
  }
  const running = isRunning(timer.runs);
  const elapsed = formatElapsed(workedMs(timer.runs, now));
  return (
    <>
      <Button
        variant="secondary"
        // A name that does not change every second: the bar says the time.
        aria-label={running ? t("ticket.pauseTimer") : t("ticket.resumeTimer")}
        onClick={() => void editTimer(key, (current) => current && (running ? paused(current) : resumed(current))).then(sync)}
      >
        <span aria-hidden="true">
          <span className="action-dock__icon">{running ? "‖" : "▶"}</span>
          <span className="action-dock__word">{running ? t("ticket.pause") : t("ticket.resume")}</span>{" "}
          <span className="action-dock__elapsed">{elapsed}</span>
        </span>
      </Button>
      <Button
        onClick={() =>
          void editTimer(key, (current) => current && paused(current)).then(() => {
            openSheet("timerStop");
            // The stopwatch pauses too, and says if it was closed elsewhere meanwhile (the review then tells).
            return sync();
          })
        }
        aria-haspopup="dialog"
      >
        <span aria-hidden="true">■</span> <span className="action-dock__word">{t("ticket.stop")}</span>
      </Button>
    </>
  );
}
