import type { Message, Params } from "./catalogue-types";

// An override or embedding in a name (a file name, a contact's) would reverse the rest of the sentence around it:
// "invoice\u202Egpj.exe is a program" reads "invoiceexe.jpg si a margorp". What is put in is kept to its letters.
const BIDI_CONTROLS = /\p{Bidi_Control}/gu;

// Building Intl objects costs far more than using them: one per locale.
const pluralRules = new Map<string, Intl.PluralRules>();
const numberFormats = new Map<string, Intl.NumberFormat>();

function cached<T>(cache: Map<string, T>, locale: string, make: () => T): T {
  let value = cache.get(locale);
  if (!value) cache.set(locale, (value = make()));
  return value;
}

/** The text of `message` for these parameters: its plural form for `n`, placeholders filled, numbers in the locale's digits and separators. */
export function formatMessage(message: Message, params: Params | undefined, locale: string): string {
  let text: string;
  if (typeof message === "string") text = message;
  else {
    const n = Number(params?.n ?? 0);
    const category = cached(pluralRules, locale, () => new Intl.PluralRules(locale)).select(n);
    text = message[category] ?? message.other;
  }
  if (!params) return text;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    if (value === undefined) return whole;
    return typeof value === "number"
      ? cached(numberFormats, locale, () => new Intl.NumberFormat(locale)).format(value)
      : value.replace(BIDI_CONTROLS, "");
  });
}

/** The names of the placeholders of a text ("{n} of {total}" → ["n", "total"]). */
export function placeholdersOf(text: string): string[] {
  return [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]!).sort();
}
