import { lazy, Suspense, useEffect, useRef } from "react";
import { Link, useLocation } from "react-router";
import { isRunning, workedMs } from "./timer-clock";
import { formatElapsed } from "../../lib/duration";
import { useTimer } from "./timer-store";
import { useTimerNow } from "./use-timer-now";
import { useStopwatchReconnect } from "./use-stopwatch-reconnect";
import { useT } from "../../i18n/active-language";
import { RichText } from "../../i18n/RichText";
import "./TimerBar.css";

// Loaded only when another device holds the timer: its way to stop that timer sends through the outbox, whose code
// would otherwise be in every start's first download (16 KB gzip).
const TimerElsewhere = lazy(() => import("./TimerElsewhere").then((module) => ({ default: module.TimerElsewhere })));

/**
 * The running timer on every screen: a slim bar above the screen's own top bar (it pushes the screen
 * down rather than covering the list's rows or the ticket's dock). A tap goes back to the ticket.
 */
export function TimerBar() {
  const t = useT();
  const timer = useTimer();
  const now = useTimerNow(timer);
  const bar = useRef<HTMLDivElement>(null);
  const { pathname } = useLocation();
  const shown = timer !== null;
  useStopwatchReconnect(timer);

  // The screens' sticky top bars and full-height panes leave room for it.
  useEffect(() => {
    const element = bar.current;
    if (!shown || !element) return;
    const root = document.documentElement;
    const place = () => root.style.setProperty("--timer-bar-height", `${element.offsetHeight}px`);
    place();
    root.classList.add("has-timer-bar");
    const observer = new ResizeObserver(place);
    observer.observe(element);
    return () => {
      observer.disconnect();
      root.style.removeProperty("--timer-bar-height");
      root.classList.remove("has-timer-bar");
    };
  }, [shown]);

  if (!timer) return null;
  const running = isRunning(timer.runs);
  const elapsed = formatElapsed(workedMs(timer.runs, now));
  const to = `/tickets/${encodeURIComponent(timer.ticketId)}`;
  const here = pathname === to;
  return (
    <div className={running ? "timer-bar" : "timer-bar timer-bar--paused"} ref={bar} role="region" aria-label={t("timer.timer")}>
      <Link to={to} className="timer-bar__link" aria-current={here ? "page" : undefined}>
        <span className="timer-bar__dot" aria-hidden="true" />
        <span className="timer-bar__ticket">{timer.ticketNumber}</span>
        <span className="timer-bar__title" dir="auto">
          {timer.ticketTitle}
        </span>
        <span className="timer-bar__time">
          {running ? (
            <>
              <span className="visually-hidden">{t("timer.runningFor", { time: elapsed })}</span>
              <time aria-hidden="true">{elapsed}</time>
            </>
          ) : (
            <RichText text={t("timer.paused")} parts={{ time: <time>{elapsed}</time> }} />
          )}
        </span>
      </Link>
      {timer.elsewhere ? (
        <Suspense fallback={null}>
          <TimerElsewhere timer={timer} />
        </Suspense>
      ) : null}
    </div>
  );
}
