import { describe, expect, it } from "vitest";
import { chooseLanguage } from "./choose-language";
import { matchLanguage } from "./languages";

describe("which language the app speaks", () => {
  const browser = ["nl-BE", "en"];
  it("takes the choice made in Settings first", () => {
    expect(chooseLanguage({ override: "pl", alga: "fr", browser })).toBe("pl");
  });
  it("then the user's Alga preference, as the server writes it", () => {
    expect(chooseLanguage({ override: null, alga: "fr", browser })).toBe("fr");
    expect(chooseLanguage({ override: null, alga: "pt_BR", browser })).toBe("pt-BR");
  });
  it("then the browser's best match", () => {
    expect(chooseLanguage({ override: null, alga: null, browser })).toBe("nl");
    expect(chooseLanguage({ override: null, alga: "ja", browser: ["ja", "de-AT"] })).toBe("de");
  });
  it("else English", () => {
    expect(chooseLanguage({ override: null, alga: null, browser: ["ja", "ko"] })).toBe("en");
  });
});

describe("matching a language tag", () => {
  it.each([
    ["pt", "pt-BR"],
    ["pt-PT", "pt-BR"],
    ["PT-br", "pt-BR"],
    ["en-GB", "en"],
    ["de_CH", "de"],
    ["xx", null],
    ["", null],
  ])("%s → %s", (tag, language) => {
    expect(matchLanguage(tag)).toBe(language);
  });
});
