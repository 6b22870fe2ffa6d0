import { useSyncExternalStore } from "react";

/** How far each upload in this tab has got (0–1), by file id: for the progress bars. */
const progress = new Map<string, number>();
const listeners = new Set<() => void>();
let version = 0;

export function reportUploadProgress(fileId: string, fraction: number | null): void {
  if (fraction === null) progress.delete(fileId);
  else progress.set(fileId, Math.min(1, Math.max(0, fraction)));
  version++;
  for (const listener of listeners) listener();
}

/** The upload's progress, or null while it is not on the wire in this tab. */
export function useUploadProgress(fileId: string): number | null {
  useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => version,
  );
  return progress.get(fileId) ?? null;
}
