import { useEffect, useState } from "react";

/**
 * The time now (epoch ms), read again at once whenever `everyMs` or `since` changes, then every
 * `everyMs` while the component is shown; `everyMs` null keeps a still figure (a paused timer).
 * `since` is what the figure depends on, such as a timer that was just started or resumed.
 */
export function useNow(everyMs: number | null, since?: unknown): number {
  const [now, setNow] = useState(Date.now);
  useEffect(() => {
    const tick = () => setNow(Date.now());
    const first = setTimeout(tick, 0);
    const interval = everyMs === null ? undefined : setInterval(tick, everyMs);
    return () => {
      clearTimeout(first);
      clearInterval(interval);
    };
  }, [everyMs, since]);
  return now;
}
