import { useEffect, useRef } from "react";

/**
 * Back (Android's button or gesture, the browser's) closes the top sheet or viewer instead of leaving the
 * screen under it. While any is open the history holds one extra entry, marked in its state; Back pops it and
 * the top one closes. Closed any other way, the entry is taken back once no other is open, so one Back later
 * still leaves the screen. Switching from one sheet to the next in one step keeps the entry.
 */
const open: { close: () => void }[] = [];
const MARK = "alga.sheet";

const marked = () => Boolean((history.state as Record<string, unknown> | null)?.[MARK]);

window.addEventListener("popstate", () => {
  if (marked() || open.length === 0) return;
  open.at(-1)!.close();
  // One closed, others still open under it: the next Back is theirs.
  if (open.length > 1) history.pushState({ ...(history.state as object), [MARK]: true }, "");
});

export function useBackCloses(isOpen: boolean, onClose: () => void) {
  const close = useRef(onClose);
  useEffect(() => {
    close.current = onClose;
  });
  useEffect(() => {
    if (!isOpen) return;
    const entry = { close: () => close.current() };
    open.push(entry);
    if (!marked()) history.pushState({ ...(history.state as object), [MARK]: true }, "");
    return () => {
      open.splice(open.indexOf(entry), 1);
      // After this commit: a sheet opened in the same step keeps the entry.
      setTimeout(() => {
        if (open.length === 0 && marked()) history.back();
      });
    };
  }, [isOpen]);
}
