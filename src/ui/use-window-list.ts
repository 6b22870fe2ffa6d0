import { useWindowVirtualizer, type Range, type VirtualItem, type Virtualizer } from "@tanstack/react-virtual";
import { useEffect, useLayoutEffect, useRef, useState, type Key, type RefObject } from "react";

/**
 * Measured item heights per list, kept while the app runs: coming back from a ticket, a list lays out
 * exactly as it was, so the scroll position the router restores shows the same items.
 */
const measured = new Map<string, VirtualItem[]>();

function useKeptMeasurements(keptAs: string, virtualizer: Virtualizer<Window, Element> | Virtualizer<HTMLElement, Element>) {
  useEffect(() => () => void measured.set(keptAs, virtualizer.measurementsCache), [keptAs, virtualizer]);
}

/** Where a list starts inside what scrolls it (below whatever the screen shows above it). */
export function useOffsetTop(ref: RefObject<HTMLElement | null>): number {
  const [offset, setOffset] = useState(0);
  useLayoutEffect(() => {
    setOffset(ref.current?.offsetTop ?? 0);
  }, [ref]);
  return offset;
}

interface WindowListOptions {
  count: number;
  estimateSize: number;
  /** Items kept rendered beyond each edge of the screen: each is laid out and painted on every scroll step. */
  overscan: number;
  getItemKey: (index: number) => Key;
  /** Names this list's measurements, kept for the next time it is shown. */
  keptAs: string;
  /** Which indexes to render for the visible range, when more than the default. */
  rangeExtractor?: (range: Range) => number[];
}

/**
 * A list scrolled by the window (so the phone's address bar collapses as on any page) that renders only the
 * items on screen, plus a few, each measured: hundreds of items stay as light as a screenful.
 */
export function useWindowList<T extends HTMLElement>({
  count,
  estimateSize,
  overscan,
  getItemKey,
  keptAs,
  rangeExtractor,
}: WindowListOptions) {
  const listRef = useRef<T>(null);
  const offset = useOffsetTop(listRef);
  const virtualizer = useWindowVirtualizer({
    count,
    estimateSize: () => estimateSize,
    overscan,
    // Let React batch the re-render of a scroll step instead of forcing one per scroll event.
    useFlushSync: false,
    scrollMargin: offset,
    getItemKey,
    initialMeasurementsCache: measured.get(keptAs),
    ...(rangeExtractor ? { rangeExtractor } : {}),
  });
  useKeptMeasurements(keptAs, virtualizer);
  return { virtualizer, listRef, offset };
}
