import { twoDigits } from "./local-time";

/** "0:05:09", "12:00:00": a running clock; hours grow, minutes and seconds keep two digits (the same in every language). */
export function formatElapsed(ms: number): string {
  const seconds = Math.floor(ms / 1000);
  return `${Math.floor(seconds / 3600)}:${twoDigits(Math.floor(seconds / 60) % 60)}:${twoDigits(seconds % 60)}`;
}
