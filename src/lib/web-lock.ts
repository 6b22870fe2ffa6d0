const localQueues = new Map<string, Promise<unknown>>();

/**
 * Runs `task` holding the Web Lock `name`, so one tab at a time runs it ("shared": any number of
 * shared holders, but never alongside an exclusive one). Web Locks are in every browser this app
 * supports; without them (old engines) the task is at least serialised in this tab.
 */
export function withWebLock<T>(name: string, task: () => Promise<T>, mode: LockMode = "exclusive"): Promise<T> {
  if (typeof navigator !== "undefined" && navigator.locks) return navigator.locks.request(name, { mode }, task);
  const run = (localQueues.get(name) ?? Promise.resolve()).then(task, task);
  localQueues.set(
    name,
    run.catch(() => undefined),
  );
  return run;
}

/** Runs `task` unless another tab holds the Web Lock `name` right now (then it is that tab's job). */
export async function ifWebLockFree(name: string, task: () => Promise<void>): Promise<void> {
  if (typeof navigator === "undefined" || !navigator.locks) return task();
  await navigator.locks.request(name, { ifAvailable: true }, async (lock) => {
    if (lock) await task();
  });
}
