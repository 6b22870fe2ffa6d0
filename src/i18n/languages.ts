/** The languages Alga PSA speaks (contract awareness §6.2: en, fr, es, de, nl, it, pl, pt), as BCP 47 tags. */
export const languages = ["en", "fr", "es", "de", "nl", "it", "pl", "pt-BR"] as const;
export type Language = (typeof languages)[number];

/**
 * The pseudo-language of development and tests: English accented, about 40 % longer and in brackets, so a
 * string left outside the catalogues, or a layout that cannot take longer words, shows at a glance.
 */
export const PSEUDO = "en-XA";
export type LanguageOrPseudo = Language | typeof PSEUDO;

/** Each language by its own name, as a speaker looks for it in a list. */
export const ownNames: Record<Language, string> = {
  en: "English",
  fr: "Français",
  es: "Español",
  de: "Deutsch",
  nl: "Nederlands",
  it: "Italiano",
  pl: "Polski",
  "pt-BR": "Português (Brasil)",
};

/**
 * The language of ours that best serves `tag` ("pt_BR", "pt", "de-AT", "en-GB"), or null: an exact
 * match first, else the same base language ("pt" → "pt-BR").
 */
export function matchLanguage(tag: string | null | undefined): Language | null {
  if (!tag) return null;
  const wanted = tag.trim().replace(/_/g, "-").toLowerCase();
  const exact = languages.find((language) => language.toLowerCase() === wanted);
  if (exact) return exact;
  const base = wanted.split("-")[0];
  return languages.find((language) => language.split("-")[0] === base) ?? null;
}
