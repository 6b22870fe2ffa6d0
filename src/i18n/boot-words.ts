import { deviceKeys } from "../lib/storage-keys";
import type { Catalogue } from "./catalogue-types";

/** The words the boot module paints before the app's code and catalogue arrive (app/boot-paint.ts). */
const bootKeys = [
  "title",
  "loadingTickets",
  "savedRows",
  "rowAssignedTo",
  "rowAssignedToYou",
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
    const words = saved ? (JSON.parse(saved) as Partial<BootWords>) : null;
    // Words saved by an older build may lack a key: no boot rows then, until the app has saved them again.
    return words && bootKeys.every((key) => typeof words[key] === "string") ? (words as BootWords) : null;
  } catch {
    return null;
  }
}
