import { deviceKeys } from "../lib/storage-keys";
import { setUserTimeZone } from "../lib/user-locale";
import { applyLanguage } from "./active-language";
import { readAlgaPreferences, saveAlgaPreferences, type AlgaPreferences } from "./alga-preferences";
import { chooseLanguage } from "./choose-language";
import { PSEUDO, type Language, type LanguageOrPseudo } from "./languages";

/** The choice made in Settings on this device: a language, the pseudo-language (development only), or "auto". */
export function languageChoice(): LanguageOrPseudo | "auto" {
  return (localStorage.getItem(deviceKeys.language) as LanguageOrPseudo | null) ?? "auto";
}

/** The language the sources point to now (Settings → Alga → browser → English). */
function chosenLanguage(): LanguageOrPseudo {
  const override = localStorage.getItem(deviceKeys.language);
  if (override === PSEUDO && import.meta.env.DEV) return PSEUDO;
  return chooseLanguage({ override, alga: readAlgaPreferences()?.locale ?? null, browser: navigator.languages });
}

/** At start, before the first render (main.tsx starts it with the screen's code): the language and time zone saved on the device. */
export function startLanguage(): Promise<void> {
  setUserTimeZone(readAlgaPreferences()?.timeZone);
  // A catalogue that cannot be had (a deploy removed it, say) leaves English rather than no words at all.
  return applyLanguage(chosenLanguage()).catch(() => applyLanguage("en"));
}

/** Settings' choice, kept on this device; the language changes at once (its catalogue comes from the service worker's cache offline). */
export function chooseLanguageOnDevice(choice: Language | typeof PSEUDO | "auto"): Promise<void> {
  if (choice === "auto") localStorage.removeItem(deviceKeys.language);
  else localStorage.setItem(deviceKeys.language, choice);
  return applyLanguage(chosenLanguage());
}

/** What the server said about the user, one field each: undefined where it would not say (403, an older server). */
export type AlgaAnswer = { [K in keyof AlgaPreferences]: AlgaPreferences[K] | undefined };

/**
 * The server's answer saved for the next start and applied now (the language only when Settings leaves it
 * automatic). What it would not say stays as saved; what it says the user has none of is forgotten.
 */
export async function applyAlgaPreferences(answer: AlgaAnswer): Promise<void> {
  if (answer.locale === undefined && answer.timeZone === undefined) return;
  const saved = readAlgaPreferences();
  const preferences: AlgaPreferences = {
    locale: answer.locale === undefined ? (saved?.locale ?? null) : answer.locale,
    timeZone: answer.timeZone === undefined ? (saved?.timeZone ?? null) : answer.timeZone,
  };
  saveAlgaPreferences(preferences);
  setUserTimeZone(preferences.timeZone);
  await applyLanguage(chosenLanguage());
}
