import { describe, expect, it } from "vitest";
import type { Catalogue, Message } from "./catalogue-types";
import { placeholdersOf } from "./format-message";
import { languages } from "./languages";
import { pseudoCatalogue } from "./pseudo";

const catalogues = import.meta.glob<{ default: Catalogue }>("./catalogues/*/index.ts", { eager: true });
const catalogueOf = (language: string) => catalogues[`./catalogues/${language}/index.ts`]!.default;
const english = catalogueOf("en");

const textsOf = (message: Message) => (typeof message === "string" ? [message] : Object.values(message));
const entries = (catalogue: Catalogue) =>
  Object.entries(catalogue).flatMap(([area, messages]) =>
    Object.entries(messages as Record<string, Message>).map(([key, message]) => [`${area}.${key}`, message] as const),
  );

/** The plural categories whole numbers can take in `language` (French "many" is for 1 000 000 and compact forms only). */
function countCategories(language: string): Set<string> {
  const rules = new Intl.PluralRules(language);
  return new Set(Array.from({ length: 1001 }, (_, n) => rules.select(n)));
}

describe.each(languages)("the %s catalogue", (language) => {
  const catalogue = catalogueOf(language);

  it("has a text for every message", () => {
    for (const [key, message] of entries(catalogue)) {
      for (const text of textsOf(message)) expect(text.trim(), key).not.toBe("");
    }
  });

  it("uses the same placeholders as English", () => {
    const englishMessages = new Map(entries(english));
    for (const [key, message] of entries(catalogue)) {
      const wanted = placeholdersOf(textsOf(englishMessages.get(key)!).join(" ")).filter((name, index, all) => all.indexOf(name) === index);
      for (const text of textsOf(message)) {
        // A language may leave the count out of a form ("one" can say the number in words); no other placeholder may go or come.
        expect(
          placeholdersOf(text).filter((name) => name !== "n"),
          key,
        ).toEqual(wanted.filter((name) => name !== "n"));
      }
    }
  });

  it("has every plural form a count can take in the language", () => {
    const needed = countCategories(language);
    for (const [key, message] of entries(catalogue)) {
      if (typeof message === "string") continue;
      for (const category of needed) expect(message[category as Intl.LDMLPluralRule], `${key} (${category})`).toBeDefined();
    }
  });
});

describe("the pseudo-language", () => {
  it("is longer, accented and bracketed, with placeholders kept", () => {
    const pseudo = pseudoCatalogue(english);
    expect(pseudo.auth.continueAs).toMatch(/^\[Çöñtíñüé áš \{name\}·+\]$/);
    expect((pseudo.auth.continueAs as string).length).toBeGreaterThanOrEqual(english.auth.continueAs.length * 1.4);
  });
});
