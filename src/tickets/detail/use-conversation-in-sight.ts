import { useEffect, type RefObject } from "react";

/**
 * While a note is typed, the conversation it answers stays in sight: when the composer takes the focus, or
 * the on-screen keyboard shrinks the page, and no comment shows between the sticky chrome and the dock,
 * the latest comment is scrolled in under the tabs.
 */
export function useConversationInSight(dock: RefObject<HTMLDivElement | null>) {
  useEffect(() => {
    const element = dock.current;
    if (!element) return;
    const composing = () => element.querySelector(".composer")?.contains(document.activeElement) ?? false;
    const check = () => {
      if (composing()) bringLatestCommentIntoSight(element);
    };
    const onFocusIn = (event: FocusEvent) => {
      // Only on the way in: moving between the composer's own controls changes nothing.
      const from = event.relatedTarget instanceof Node ? event.relatedTarget : null;
      if (!from || !element.querySelector(".composer")?.contains(from)) requestAnimationFrame(check);
    };
    element.addEventListener("focusin", onFocusIn);
    window.addEventListener("resize", check);
    return () => {
      element.removeEventListener("focusin", onFocusIn);
      window.removeEventListener("resize", check);
    };
  }, [dock]);
}

function bringLatestCommentIntoSight(dock: HTMLElement) {
  const screen = dock.closest(".ticket-screen");
  const comments = [...(screen?.querySelectorAll<HTMLElement>(".comment") ?? [])].filter((comment) => comment.offsetParent);
  if (comments.length === 0) return;
  // Where the sticky chrome ends once the page has scrolled: the top bar, and the tabs stuck under it.
  const bar = screen?.querySelector(".top-bar")?.getBoundingClientRect().bottom ?? 0;
  const from = bar + (screen?.querySelector<HTMLElement>('[role="tablist"]')?.offsetHeight ?? 0);
  const to = dock.getBoundingClientRect().top;
  const inSight = comments.some((comment) => {
    const { top, bottom } = comment.getBoundingClientRect();
    return bottom > from && top < to;
  });
  if (inSight) return;
  // The newest by its time, whichever order the list is in.
  const time = (comment: HTMLElement) => comment.querySelector("time")?.dateTime ?? "";
  const latest = comments.reduce((newest, comment) => (time(comment) > time(newest) ? comment : newest));
  // Through the CSSOM (the CSP allows no style attribute): its top lands just under the sticky tabs.
  latest.style.scrollMarginTop = `${Math.round(from) + 8}px`;
  latest.scrollIntoView({ block: "start" });
  latest.style.removeProperty("scroll-margin-top");
}
