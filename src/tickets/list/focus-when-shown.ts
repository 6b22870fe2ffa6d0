/**
 * Moves focus to what `find` returns inside `container` as soon as it is there, and again if a
 * re-render replaces it (a loading ticket becoming the loaded one), for a few seconds. It never takes
 * focus back from something the user moved to meanwhile. Returns a function that stops waiting.
 */
export function focusWhenShown(
  container: HTMLElement,
  find: (container: HTMLElement) => HTMLElement | null,
  timeoutMs = 5_000,
): () => void {
  const origin = document.activeElement;
  let focused: Element | null = null;
  const attempt = () => {
    const active = document.activeElement;
    const untouched = active === null || active === document.body || active === origin || active === focused;
    if (!untouched) return stop();
    const target = find(container);
    if (!target || target === active) return;
    // Headings are not focusable by default; -1 keeps them out of the Tab order.
    if (!target.hasAttribute("tabindex") && !target.matches("a[href], button, input, select, textarea")) target.tabIndex = -1;
    target.focus();
    focused = target;
  };
  const observer = new MutationObserver(attempt);
  observer.observe(container, { childList: true, subtree: true, characterData: true });
  const timer = setTimeout(() => stop(), timeoutMs);
  function stop() {
    observer.disconnect();
    clearTimeout(timer);
  }
  attempt();
  return stop;
}

/** The ticket screen's heading: its top bar's, the first in the pane. */
export const ticketHeading = (container: HTMLElement) => container.querySelector<HTMLElement>("h1, h2");
