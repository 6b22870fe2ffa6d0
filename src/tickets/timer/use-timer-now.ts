import { useNow } from "../../lib/use-now";
import { isRunning } from "./timer-clock";
import type { StoredTimer } from "./timer-store";

/** The time now for a timer's figure: every second while it runs, still while it is paused. */
export function useTimerNow(timer: StoredTimer | null): number {
  return useNow(timer !== null && isRunning(timer.runs) ? 1000 : null, timer);
}
