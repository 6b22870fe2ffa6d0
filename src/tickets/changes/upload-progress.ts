import { createExternalStore, useExternalStore } from "../../lib/external-store";

/** How far each upload in this tab has got (0–1), by file id: for the progress bars. */
const progress = createExternalStore<Readonly<Record<string, number>>>({});

export function reportUploadProgress(fileId: string, fraction: number | null): void {
  const { [fileId]: _previous, ...others } = progress.get();
  progress.set(fraction === null ? others : { ...others, [fileId]: Math.min(1, Math.max(0, fraction)) });
}

/** The upload's progress, or null while it is not on the wire in this tab. */
export function useUploadProgress(fileId: string): number | null {
  return useExternalStore(progress, (fractions) => fractions[fileId] ?? null);
}
