/**
 * Runs `task` holding the Web Lock `name`, across every tab of the app. Web Locks are in every browser
 * this app supports; without them (old engines) the task simply runs, and callers keep their own
 * in-tab ordering.
 */
export function withWebLock<T>(name: string, task: () => Promise<T>, mode: LockMode = "exclusive"): Promise<T> {
  if (typeof navigator !== "undefined" && navigator.locks) return navigator.locks.request(name, { mode }, task);
  return task();
}
