import { useEffect, useRef, useState } from "react";

const THRESHOLD_PX = 70;

/**
 * Pull down at the top of the page to refresh, as in native lists. Touch only: mouse and keyboard
 * users have the refresh button. Returns how far the user has pulled, for the indicator.
 */
export function usePullToRefresh(onRefresh: () => void, enabled: boolean): { pulled: number; ready: boolean } {
  const [pulled, setPulled] = useState(0);
  const start = useRef<number | null>(null);
  const latest = useRef({ onRefresh, pulled });
  useEffect(() => {
    latest.current = { onRefresh, pulled };
  });

  useEffect(() => {
    if (!enabled) return;
    const onStart = (event: TouchEvent) => {
      start.current = window.scrollY <= 0 && event.touches.length === 1 ? event.touches[0]!.clientY : null;
    };
    const onMove = (event: TouchEvent) => {
      if (start.current === null) return;
      const distance = event.touches[0]!.clientY - start.current;
      setPulled(distance > 0 ? Math.min(distance / 2, THRESHOLD_PX * 1.5) : 0);
    };
    const onEnd = () => {
      if (start.current !== null && latest.current.pulled >= THRESHOLD_PX) latest.current.onRefresh();
      start.current = null;
      setPulled(0);
    };
    window.addEventListener("touchstart", onStart, { passive: true });
    window.addEventListener("touchmove", onMove, { passive: true });
    window.addEventListener("touchend", onEnd);
    window.addEventListener("touchcancel", onEnd);
    return () => {
      window.removeEventListener("touchstart", onStart);
      window.removeEventListener("touchmove", onMove);
      window.removeEventListener("touchend", onEnd);
      window.removeEventListener("touchcancel", onEnd);
    };
  }, [enabled]);

  return { pulled, ready: pulled >= THRESHOLD_PX };
}
