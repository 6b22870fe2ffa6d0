/**
 * Runs `task` once the page has nothing more urgent to do (after the start-up render and its first
 * row), or after `timeoutMs` at the latest. Safari has no requestIdleCallback: a short timer then.
 * Returns what cancels it (an effect's cleanup).
 */
export function whenIdle(task: () => void, timeoutMs = 2_000): () => void {
  if (typeof requestIdleCallback === "function") {
    const handle = requestIdleCallback(() => task(), { timeout: timeoutMs });
    return () => cancelIdleCallback(handle);
  }
  const timer = setTimeout(task, 200);
  return () => clearTimeout(timer);
}
