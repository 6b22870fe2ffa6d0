import { deviceKeys } from "../lib/storage-keys";
import type { Catalogue } from "./catalogue-types";

/** The words the boot module paints before the app's code and catalogue arrive (app/boot-paint.ts). */
const bootKeys = [
  "title",
  "loadingTickets",
  "savedRows",
  "rowAssignedTo",
  "rowAssigned",
  "rowUnassigned",
  "rowNoTitle",
  "rowStatus",
  "rowPriority",
] as const;

export type BootWords = { locale: string } & Record<(typeof bootKeys)[number], string>;

export function saveBootWords(catalogue: Catalogue, locale: string): void {
  const words = Object.fromEntries(bootKeys.map((key) => [key, catalogue.list[key]]));
  try {
    localStorage.setItem(deviceKeys.bootWords, JSON.stringify({ locale, ...words }));
  } catch {
    // A full storage costs only the boot rows' words: they come in English until the app's own rows replace them.
  }
}

export function readBootWords(): BootWords | null {
  try {
    const saved = localStorage.getItem(deviceKeys.bootWords);
    return saved ? (JSON.parse(saved) as BootWords) : null;
  } catch {
    return null;
  }
}
