import { useSyncExternalStore } from "react";

export function useMediaQuery(query: string): boolean {
  return useSyncExternalStore(
    (listener) => {
      const list = window.matchMedia(query);
      list.addEventListener("change", listener);
      return () => list.removeEventListener("change", listener);
    },
    () => window.matchMedia(query).matches,
  );
}

/**
 * Tablets, portrait ones too (an iPad Air held upright is 820 px wide), and desktops: the list and a ticket side by side.
 * A phone turned sideways is as wide (844 px) but only 390 px high: beside a list, the ticket would keep no room to read.
 */
export const WIDE_LAYOUT = "(min-width: 768px) and (min-height: 600px)";
