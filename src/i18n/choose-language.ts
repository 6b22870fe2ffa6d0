import { matchLanguage, type Language } from "./languages";

export interface LanguageSources {
  /** The choice made in Settings on this device, if any. */
  override: string | null;
  /** The user's Alga preference (`locale`, contract awareness §6.2) as last read from the server, if any. */
  alga: string | null;
  /** The browser's languages, most wanted first. */
  browser: readonly string[];
}

/** Settings on this device, else the user's Alga preference, else the browser's best match, else English. */
export function chooseLanguage({ override, alga, browser }: LanguageSources): Language {
  return matchLanguage(override) ?? matchLanguage(alga) ?? browser.map(matchLanguage).find((match) => match !== null) ?? "en";
}
