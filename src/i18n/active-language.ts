import { createExternalStore, useExternalStore } from "../lib/external-store";
import { setUserLocaleTag, userLocale } from "../lib/user-locale";
import type { Catalogue, MessageKey, Params } from "./catalogue-types";
import { saveBootWords } from "./boot-words";
import { formatMessage } from "./format-message";
import { PSEUDO, type LanguageOrPseudo } from "./languages";

interface Active {
  language: LanguageOrPseudo;
  catalogue: Catalogue | null;
}

const active = createExternalStore<Active>({ language: "en", catalogue: null });

// One chunk per language (its index joins its areas): only the active one is downloaded, and the service
// worker precaches them all, so a switch works offline too.
const catalogueChunks = import.meta.glob<{ default: Catalogue }>("./catalogues/*/index.ts");

async function loadCatalogue(language: LanguageOrPseudo): Promise<Catalogue> {
  if (language === PSEUDO) {
    const [english, { pseudoCatalogue }] = await Promise.all([loadCatalogue("en"), import("./pseudo")]);
    return pseudoCatalogue(english);
  }
  const load = catalogueChunks[`./catalogues/${language}/index.ts`];
  if (!load) throw new Error(`No catalogue for ${language}`);
  return (await load()).default;
}

/** Loads `language`'s messages and makes it the app's language: the document's `lang`, every text, date and number. */
export async function applyLanguage(language: LanguageOrPseudo): Promise<void> {
  if (language === active.get().language && active.get().catalogue) return;
  const catalogue = await loadCatalogue(language);
  active.set({ language, catalogue });
  saveBootWords(catalogue, language);
  setUserLocaleTag(language);
  if (typeof document === "undefined") return; // unit tests without a DOM
  document.documentElement.lang = language;
  // Every language Alga speaks is written left to right.
  document.documentElement.dir = "ltr";
}

export const activeLanguage = () => active.get().language;

/**
 * The text of `key` in the active language, `params` filled in (`n` also picks the plural form). For code
 * outside components and for components that already re-render on a language change (useT).
 */
export function t(key: MessageKey, params?: Params): string {
  const { catalogue, language } = active.get();
  const [area, name] = key.split(".") as [keyof Catalogue, string];
  const message = (catalogue?.[area] as Record<string, Catalogue[keyof Catalogue][never]> | undefined)?.[name];
  return message === undefined ? key : formatMessage(message, params, language);
}

/**
 * `t`, in a component that re-renders when the language changes, or the user's time zone: it may arrive from
 * the server after the first screen, and the times such a component shows are then in the wrong zone.
 */
export function useT(): typeof t {
  useExternalStore(active, (value) => value.catalogue);
  useExternalStore(userLocale, (value) => value.timeZone);
  return t;
}

/** The active language, in a component that re-renders when it changes. */
export function useActiveLanguage(): LanguageOrPseudo {
  return useExternalStore(active, (value) => value.language);
}
