import { afterEach, describe, expect, it } from "vitest";
import { applyLanguage } from "./active-language";
import { formatMinutes, formatSpan } from "./duration";
import type { Language } from "./languages";

const minutes = (count: number) => count * 60_000;
const days = (count: number) => minutes(count * 24 * 60);

describe("lengths of time", () => {
  afterEach(() => applyLanguage("en"));

  it("says minutes as hours and minutes", () => {
    expect(formatMinutes(0)).toBe("0 min");
    expect(formatMinutes(45)).toBe("45 min");
    expect(formatMinutes(60)).toBe("1 h");
    expect(formatMinutes(90)).toBe("1 h 30 min");
  });

  it("says a span as precisely as a glance needs", () => {
    expect(formatSpan(minutes(45))).toBe("45 min");
    expect(formatSpan(minutes(125))).toBe("2 h 5 min");
    expect(formatSpan(-minutes(120))).toBe("2 h");
    expect(formatSpan(days(3) + minutes(4 * 60 + 10))).toBe("3 d 4 h");
    expect(formatSpan(days(2))).toBe("2 d");
  });

  // 90 min, 2 h, 45 min, 3 days 4 h, 5 days, 22 days: Polish says "dni" for 2–4, 5+ and 22 alike, Dutch "dagen".
  const said: Record<Language, string[]> = {
    en: ["1 h 30 min", "2 h", "45 min", "3 d 4 h", "5 d", "22 d"],
    fr: ["1 h 30 min", "2 h", "45 min", "3 j 4 h", "5 j", "22 j"],
    es: ["1 h 30 min", "2 h", "45 min", "3 d 4 h", "5 d", "22 d"],
    de: ["1 Std. 30 Min.", "2 Std.", "45 Min.", "3 Tage 4 Std.", "5 Tage", "22 Tage"],
    nl: ["1 uur 30 min", "2 uur", "45 min", "3 dagen 4 uur", "5 dagen", "22 dagen"],
    it: ["1 h 30 min", "2 h", "45 min", "3 giorni 4 h", "5 giorni", "22 giorni"],
    pl: ["1 godz. 30 min", "2 godz.", "45 min", "3 dni 4 godz.", "5 dni", "22 dni"],
    "pt-BR": ["1 h 30 min", "2 h", "45 min", "3 dias 4 h", "5 dias", "22 dias"],
  };
  it.each(Object.entries(said))("says them in %s", async (language, words) => {
    await applyLanguage(language as Language);
    const spans = [
      formatMinutes(90),
      formatMinutes(120),
      formatSpan(minutes(45)),
      formatSpan(days(3) + minutes(4 * 60)),
      formatSpan(days(5)),
      formatSpan(days(22)),
    ];
    expect(spans).toEqual(words);
  });
});
