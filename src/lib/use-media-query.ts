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

/** Tablets, portrait ones too (an iPad Air held upright is 820 px wide), and desktops: the list and a ticket side by side. */
export const WIDE_LAYOUT = "(min-width: 768px)";
