/** Intl.Locale's week data: a method in newer engines, a getter in older ones, absent in a few (Firefox). */
interface WeekInfo {
  firstDay: number;
}
type LocaleWithWeek = Intl.Locale & { getWeekInfo?: () => WeekInfo; weekInfo?: WeekInfo };

/** Where the engine has no week data: Monday, as in most of the places Alga's languages are spoken. */
const sundayRegions = new Set(["US", "BR"]);

/**
 * The region the week is counted in: the language's own ("pt-BR"), else the device's for the same language
 * (English on an "en-GB" phone starts on Monday), else the language's most likely one ("en" → US).
 */
function regionalLocale(language: string, deviceLanguages: readonly string[]): Intl.Locale {
  const locale = new Intl.Locale(language);
  if (locale.region) return locale;
  const device = deviceLanguages.map((tag) => new Intl.Locale(tag)).find((tag) => tag.language === locale.language && tag.region);
  return device ?? locale.maximize();
}

/** The first day of the user's week, 1 (Monday) to 7 (Sunday), for the app's language and where the device is. */
export function firstDayOfWeek(language: string, deviceLanguages: readonly string[] = globalThis.navigator?.languages ?? []): number {
  const locale = regionalLocale(language, deviceLanguages) as LocaleWithWeek;
  const firstDay = (locale.getWeekInfo?.() ?? locale.weekInfo)?.firstDay;
  if (firstDay) return firstDay;
  return sundayRegions.has(locale.maximize().region ?? "") ? 7 : 1;
}
