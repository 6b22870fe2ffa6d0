import { afterEach, describe, expect, it, vi } from "vitest";
import { firstDayOfWeek } from "./week-start";

describe("the first day of the week", () => {
  afterEach(() => vi.restoreAllMocks());

  it("follows the language's region", () => {
    expect(firstDayOfWeek("de", [])).toBe(1);
    expect(firstDayOfWeek("pl", [])).toBe(1);
    expect(firstDayOfWeek("fr", [])).toBe(1);
    expect(firstDayOfWeek("pt-BR", [])).toBe(7);
    expect(firstDayOfWeek("en", [])).toBe(7);
  });

  it("takes the region from the device when the language has none", () => {
    expect(firstDayOfWeek("en", ["en-GB", "en"])).toBe(1);
    expect(firstDayOfWeek("en", ["de-DE", "en-US"])).toBe(7);
    expect(firstDayOfWeek("pt-BR", ["pt-PT"])).toBe(7);
  });

  it("falls back to Monday, or Sunday in the US and Brazil, where the engine has no week data", () => {
    const locale = Intl.Locale.prototype as Intl.Locale & { getWeekInfo?: unknown };
    if ("getWeekInfo" in locale) vi.spyOn(locale as { getWeekInfo: () => unknown }, "getWeekInfo").mockReturnValue(undefined);
    if ("weekInfo" in locale) vi.spyOn(locale as { weekInfo: unknown }, "weekInfo", "get").mockReturnValue(undefined);
    expect(firstDayOfWeek("de", [])).toBe(1);
    expect(firstDayOfWeek("en", ["en-GB"])).toBe(1);
    expect(firstDayOfWeek("en", [])).toBe(7);
    expect(firstDayOfWeek("pt-BR", [])).toBe(7);
  });
});
