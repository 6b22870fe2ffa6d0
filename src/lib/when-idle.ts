/**
 * Runs `task` once the page has nothing more urgent to do (after the start-up render and its first
 * row), or after `timeoutMs` at the latest. Safari has no requestIdleCallback: a short timer then.
 */
export function whenIdle(task: () => void, timeoutMs = 2_000): void {
  if (typeof requestIdleCallback === "function") requestIdleCallback(() => task(), { timeout: timeoutMs });
  else setTimeout(task, 200);
}
