import type { Page } from "@playwright/test";
import { expect, startSignedIn, test } from "./fixtures";
import { noSidewaysScroll, shot } from "./kit/screen-checks";
import { installClockClearOfMidnight } from "./time-helpers";

// The CSP forbids an injected stylesheet; the root's style property is what a zoom setting changes.
const largeText = (page: Page) => page.evaluate(() => document.documentElement.style.setProperty("font-size", "200%"));

/** The list and Settings at 360×640, then at 200 % text: saved for looking at, and no sideways scroll. */
async function shootListAndSettings(page: Page, language: string, settingsName: string, settingsHeading: string) {
  await page.setViewportSize({ width: 360, height: 640 });
  await page.screenshot({ path: shot(`${language}-list-360.png`) });
  expect(await noSidewaysScroll(page)).toBe(true);
  await largeText(page);
  await page.screenshot({ path: shot(`${language}-list-200.png`) });
  // The words fit: the filters button wraps its longer label inside the screen. (The top bar's icons alone
  // overflow at 360 px and 200 % in every language: a layout matter of the bar, not of the words.)
  const filters = (await page.locator(".ticket-list__filters-toggle").boundingBox())!;
  expect(filters.x + filters.width).toBeLessThanOrEqual(360);

  await page.getByRole("link", { name: settingsName }).click();
  await expect(page.getByRole("heading", { name: settingsHeading })).toBeVisible();
  await page.evaluate(() => document.documentElement.style.removeProperty("font-size"));
  await page.screenshot({ path: shot(`${language}-settings-360.png`), fullPage: true });
  expect(await noSidewaysScroll(page)).toBe(true);
  await largeText(page);
  await page.screenshot({ path: shot(`${language}-settings-200.png`), fullPage: true });
  expect(await noSidewaysScroll(page)).toBe(true);
}

test.describe("a browser in German", () => {
  test.use({ locale: "de-DE" });

  test("the list, its filters and Settings speak German, with counts in German", async ({ page, sandbox }) => {
    await startSignedIn(page, sandbox.apiUrl, undefined, "Offene Tickets");
    await expect(page.locator("html")).toHaveAttribute("lang", "de");
    await expect(page.getByRole("heading", { name: "Tickets" })).toBeVisible();
    await expect(page.locator(".ticket-list__summary")).toHaveText(/^\d+ Tickets? · aktualisiert /);
    await expect(page.getByRole("group", { name: "Schnellfilter" }).getByRole("button", { name: "Meine Tickets" })).toBeVisible();

    await page.getByRole("button", { name: "Sortieren & filtern" }).click();
    const sheet = page.getByRole("dialog", { name: "Sortieren und filtern" });
    await expect(sheet.getByRole("combobox", { name: "Sortieren nach" })).toHaveValue("updated_at");
    await expect(sheet.getByRole("button", { name: /^\d+ Tickets? anzeigen$/ })).toBeVisible();
    await page.keyboard.press("Escape");

    await shootListAndSettings(page, "de", "Einstellungen", "Auf diesem Gerät");
    await expect(page.getByRole("combobox", { name: "Sprache" })).toHaveValue("auto");
    await expect(page.getByRole("button", { name: "Abmelden" })).toBeVisible();
  });
});

test.describe("a browser in Polish", () => {
  test.use({ locale: "pl-PL" });

  test("the list and Settings fit a phone in Polish, at 200 % text too", async ({ page, sandbox }) => {
    await startSignedIn(page, sandbox.apiUrl, undefined, "Otwarte zgłoszenia");
    await expect(page.locator("html")).toHaveAttribute("lang", "pl");
    await expect(page.locator(".ticket-list__summary")).toHaveText(/^\d+ zgłosze(nie|nia|ń) · zaktualizowano /);
    await shootListAndSettings(page, "pl", "Ustawienia", "Na tym urządzeniu");
  });
});

/** A ticket screen's words in one language: what the journey reads, taps and names its screenshots by. */
interface TicketWords {
  language: string;
  locale: string;
  openList: string;
  description: string;
  conversation: string;
  comment: string;
  logTime: string;
  more: string;
  resolve: string;
  status: string;
  current: string;
  close: string;
}

const ticketWords: TicketWords[] = [
  {
    language: "de",
    locale: "de-DE",
    openList: "Offene Tickets",
    description: "Beschreibung",
    conversation: "Unterhaltung",
    comment: "Kommentar",
    logTime: "Zeit erfassen",
    more: "Weitere Aktionen",
    resolve: "Lösen…",
    status: "Status",
    current: "Aktuell",
    close: "Schließen",
  },
  {
    language: "pl",
    locale: "pl-PL",
    openList: "Otwarte zgłoszenia",
    description: "Opis",
    conversation: "Rozmowa",
    comment: "Komentarz",
    logTime: "Zapisz czas",
    more: "Więcej działań",
    resolve: "Rozwiąż…",
    status: "Status",
    current: "Bieżący",
    close: "Zamknij",
  },
  {
    language: "pt-BR",
    locale: "pt-BR",
    openList: "Tickets abertos",
    description: "Descrição",
    conversation: "Conversa",
    comment: "Comentário",
    logTime: "Lançar tempo",
    more: "Mais ações",
    resolve: "Resolver…",
    status: "Status",
    current: "Atual",
    close: "Fechar",
  },
];

// An open sheet is a modal dialog: content wider than it is cut off at its edge, without the page scrolling.
const sheetFits = (page: Page) =>
  page.evaluate(() => [...document.querySelectorAll("dialog[open]")].every((sheet) => sheet.scrollWidth <= sheet.clientWidth));

/** The screen at 360×640 and again at 200 % text: saved for looking at, never wider than the phone, no sheet cut off. */
async function shootBoth(page: Page, name: string) {
  await page.evaluate(() => document.documentElement.style.removeProperty("font-size"));
  await page.screenshot({ path: shot(`${name}-360.png`) });
  expect(await noSidewaysScroll(page)).toBe(true);
  expect(await sheetFits(page)).toBe(true);
  await largeText(page);
  await page.screenshot({ path: shot(`${name}-200.png`) });
  expect(await noSidewaysScroll(page)).toBe(true);
  expect(await sheetFits(page)).toBe(true);
}

for (const words of ticketWords) {
  test.describe(`a browser in ${words.locale}`, () => {
    test.use({ locale: words.locale, viewport: { width: 360, height: 640 } });

    test("a ticket, its dock, More and the Status sheet speak the language and fit a phone", async ({ page, sandbox }) => {
      await startSignedIn(page, sandbox.apiUrl, undefined, words.openList);
      await page.getByRole("list", { name: words.openList }).getByRole("link").first().click();
      await expect(page.getByRole("heading", { name: words.description })).toBeAttached();
      await expect(page.getByRole("tab", { name: new RegExp(`^${words.conversation}`) })).toHaveAttribute("aria-selected", "true");
      await expect(page.getByRole("textbox", { name: words.comment })).toBeVisible();
      await expect(page.getByRole("button", { name: words.logTime })).toBeVisible();
      // The status's name is the server's own ("Open"…): only the field's name around it is translated.
      const statusChip = page.getByRole("button", { name: new RegExp(`^${words.status}:`) });
      await expect(statusChip).toBeVisible();
      await shootBoth(page, `${words.language}-ticket`);

      await page.getByRole("button", { name: words.more }).click();
      const more = page.getByRole("dialog", { name: words.more });
      await expect(more.getByRole("button", { name: words.resolve })).toBeVisible();
      await shootBoth(page, `${words.language}-more`);
      await more.getByRole("button", { name: words.close }).click();
      await expect(more).toBeHidden();

      await page.evaluate(() => document.documentElement.style.removeProperty("font-size"));
      await statusChip.click();
      const statusSheet = page.getByRole("dialog", { name: words.status });
      // The statuses keep the server's names; the word marking the ticket's own is the app's.
      await expect(statusSheet.locator('[aria-current="true"]')).toContainText(words.current);
      await shootBoth(page, `${words.language}-status`);
    });
  });
}

test("the language chosen in Settings applies at once, offline too, and stays on the device", async ({ page, context, sandbox }) => {
  await startSignedIn(page, sandbox.apiUrl);
  await page.evaluate(() => navigator.serviceWorker.ready);
  // In prompt mode the first load is not controlled: reload so the service worker answers offline.
  await page.reload();
  await expect.poll(() => page.evaluate(() => Boolean(navigator.serviceWorker.controller))).toBe(true);
  await page.getByRole("link", { name: "Settings" }).click();
  await expect(page.getByRole("heading", { name: "On this device" })).toBeVisible();

  await context.setOffline(true);
  await page.getByRole("combobox", { name: "Language" }).selectOption({ label: "Deutsch" });
  await expect(page.getByRole("heading", { name: "Auf diesem Gerät" })).toBeVisible();
  await expect(page.locator("html")).toHaveAttribute("lang", "de");
  await page.getByRole("link", { name: "Zurück zu den Tickets" }).click();
  await expect(page.getByRole("list", { name: "Offene Tickets" })).toBeVisible();

  await page.reload();
  await expect(page.getByRole("list", { name: "Offene Tickets" })).toBeVisible();
  await context.setOffline(false);
});

/** The new-ticket form's and For me's words in one language, with the count of two tickets with news in its plural form. */
interface FormWords {
  language: string;
  locale: string;
  openList: string;
  newTicket: string;
  title: string;
  titleMissing: string;
  client: string;
  priority: string;
  create: string;
  forMeTwo: string;
  forMe: string;
  twoWithNews: string;
  reply: string;
}

const formWords: FormWords[] = [
  {
    language: "pl",
    locale: "pl-PL",
    openList: "Otwarte zgłoszenia",
    newTicket: "Nowe zgłoszenie",
    title: "Tytuł (wymagane)",
    titleMissing: "Wpisz tytuł: pod nim zgłoszenie widnieje na liście.",
    client: "Klient (wymagane)",
    priority: "Priorytet (wymagane)",
    create: "Utwórz zgłoszenie",
    // Two is Polish's "few" form: neither one's nor five's.
    forMeTwo: "Dla mnie, 2 zgłoszenia z nowościami",
    forMe: "Dla mnie",
    twoWithNews: "2 zgłoszenia mają nowości.",
    reply: "Nowy komentarz (e-mailem, przez portal lub w sieci)",
  },
  {
    language: "pt-BR",
    locale: "pt-BR",
    openList: "Tickets abertos",
    newTicket: "Novo ticket",
    title: "Título (obrigatório)",
    titleMissing: "Digite um título: é por ele que o ticket aparece na lista.",
    client: "Cliente (obrigatório)",
    priority: "Prioridade (obrigatório)",
    create: "Criar ticket",
    forMeTwo: "Para mim, 2 tickets com novidades",
    forMe: "Para mim",
    twoWithNews: "2 tickets têm novidades.",
    reply: "Novo comentário (por e-mail, pelo portal ou pela web)",
  },
];

const escaped = (text: string) => text.replace(/[()]/g, "\\$&");

/** A dispatcher gives the ticket to the technician and the customer replies by e-mail: news for the technician's feed. */
async function emailReply(apiUrl: string, ticketId: string) {
  for (const event of [
    { kind: "web-assign", by: "dispatch@example.com", to: "tech@example.com" },
    { kind: "email-reply", text: "Still jamming on tray 2" },
  ]) {
    const response = await fetch(`${apiUrl}/__sandbox/tickets/${ticketId}/events`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(event),
    });
    expect(response.ok).toBe(true);
  }
}

/** The whole page at 360×640 and again at 200 % text: saved for looking at, never wider than the phone. */
async function shootPage(page: Page, name: string) {
  await page.evaluate(() => document.documentElement.style.removeProperty("font-size"));
  await page.screenshot({ path: shot(`${name}-360.png`), fullPage: true });
  expect(await noSidewaysScroll(page)).toBe(true);
  await largeText(page);
  await page.screenshot({ path: shot(`${name}-200.png`), fullPage: true });
  expect(await noSidewaysScroll(page)).toBe(true);
  await page.evaluate(() => document.documentElement.style.removeProperty("font-size"));
}

for (const words of formWords) {
  test.describe(`a browser in ${words.locale}, creating and catching up`, () => {
    test.use({ locale: words.locale, viewport: { width: 360, height: 640 } });

    test("the new-ticket form and For me speak the language, count in its plural forms and fit a phone", async ({ page, sandbox }) => {
      // The feed is polled once a minute: the page's clock moves it on.
      await page.clock.install();
      await startSignedIn(page, sandbox.apiUrl, undefined, words.openList);
      await page.getByRole("link", { name: words.newTicket }).click();
      await expect(page.getByRole("heading", { name: words.newTicket })).toBeVisible();
      // The picker reads as its field and its value, as a select would.
      await expect(page.getByRole("button", { name: new RegExp(`^${escaped(words.client)} `) })).toBeVisible();
      await expect(page.getByRole("combobox", { name: words.priority })).toBeVisible();
      await page.getByRole("button", { name: words.create }).click();
      // An empty form says what is missing, in the language, and takes the focus to the first field.
      await expect(page.getByRole("textbox", { name: words.title })).toBeFocused();
      await expect(page.getByText(words.titleMissing)).toBeVisible();
      await shootPage(page, `${words.language}-new-ticket`);

      await page.goBack();
      const links = page.getByRole("list", { name: words.openList }).getByRole("link");
      for (const row of [links.nth(0), links.nth(1)]) await emailReply(sandbox.apiUrl, (await row.getAttribute("data-ticket-id"))!);
      await page.clock.fastForward("01:01");
      const forMe = page.getByRole("link", { name: new RegExp(`^${words.forMe}`) });
      await expect(forMe).toHaveAccessibleName(words.forMeTwo);
      await forMe.click();
      await expect(page.getByText(words.twoWithNews)).toBeVisible();
      await expect(page.getByText(words.reply, { exact: true }).first()).toBeVisible();
      await shootPage(page, `${words.language}-for-me`);
    });
  });
}

/** The time sheets' and outbox's words in one language, with the plural forms a count takes in it. */
interface TimeWords {
  language: string;
  locale: string;
  openList: string;
  logTime: string;
  endingNow: string;
  logHalfHour: string;
  startTimer: string;
  timer: string;
  pauseTimer: string;
  resumeTimer: string;
  paused: RegExp;
  stop: string;
  stopSheet: string;
  pausedNote: RegExp;
  saveEntry: string;
  discard: string;
  discardConfirm: string;
  comment: string;
  undo: string;
  /** The offline pill for a count of changes to send, by count. */
  toSend: Record<number, string>;
}

const timeWords: TimeWords[] = [
  {
    language: "de",
    locale: "de-DE",
    openList: "Offene Tickets",
    logTime: "Zeit erfassen",
    endingNow: "Ich habe gearbeitet… (bis jetzt)",
    logHalfHour: "30 Min. erfassen",
    startTimer: "Timer starten",
    timer: "Timer",
    pauseTimer: "Timer pausieren",
    resumeTimer: "Timer fortsetzen",
    paused: /Pausiert · 0:20:\d\d/,
    stop: "Stopp",
    stopSheet: "Zeit des Timers speichern",
    pausedNote: /insgesamt \d+ Min\. pausiert/,
    saveEntry: "Zeiteintrag speichern",
    discard: "Timer verwerfen…",
    discardConfirm: "Timer verwerfen",
    comment: "Kommentar",
    undo: "Rückgängig",
    toSend: { 1: "Offline · 1 Änderung zu senden", 2: "Offline · 2 Änderungen zu senden" },
  },
  {
    language: "pl",
    locale: "pl-PL",
    openList: "Otwarte zgłoszenia",
    logTime: "Zapisz czas",
    endingNow: "Przepracowano… (do teraz)",
    logHalfHour: "Zapisz 30 min",
    startTimer: "Uruchom stoper",
    timer: "Stoper",
    pauseTimer: "Wstrzymaj stoper",
    resumeTimer: "Wznów stoper",
    paused: /Wstrzymany · 0:20:\d\d/,
    stop: "Zatrzymaj",
    stopSheet: "Zapisz czas stopera",
    pausedNote: /łącznie wstrzymany \d+ min/,
    saveEntry: "Zapisz wpis czasu",
    discard: "Odrzuć stoper…",
    discardConfirm: "Odrzuć stoper",
    comment: "Komentarz",
    undo: "Cofnij",
    // Polish: one, few (2–4) and many (5+) each have their own form.
    toSend: { 1: "Offline · 1 zmiana do wysłania", 2: "Offline · 2 zmiany do wysłania", 5: "Offline · 5 zmian do wysłania" },
  },
];

for (const words of timeWords) {
  test.describe(`time in ${words.locale}`, () => {
    test.use({ locale: words.locale, viewport: { width: 360, height: 640 } });
    test.describe.configure({ timeout: 120_000 });

    test("Log time, the timer bar, the Stop sheet and the count of changes to send speak the language and fit a phone", async ({
      page,
      context,
      sandbox,
    }) => {
      await installClockClearOfMidnight(page);
      await startSignedIn(page, sandbox.apiUrl, undefined, words.openList);
      await page.getByRole("list", { name: words.openList }).getByRole("link").first().click();

      await page.getByRole("button", { name: words.logTime }).click();
      const logTime = page.getByRole("form", { name: words.logTime });
      await expect(logTime.getByRole("group", { name: words.endingNow })).toBeVisible();
      await expect(logTime.getByRole("button", { name: words.logHalfHour })).toBeVisible();
      await shootBoth(page, `${words.language}-log-time`);
      await page.evaluate(() => document.documentElement.style.removeProperty("font-size"));
      await page.keyboard.press("Escape");
      await expect(logTime).toBeHidden();

      await page.getByRole("button", { name: words.startTimer }).click();
      const bar = page.getByRole("region", { name: words.timer });
      await expect(bar).toBeVisible();
      await page.clock.fastForward("20:00");
      await page.getByRole("button", { name: words.pauseTimer }).click();
      // Paused before the clock moves on: the 15 minutes after are not counted.
      await expect(bar).toContainText(words.paused);
      await page.clock.fastForward("15:00");
      await expect(bar).toContainText(words.paused);
      await shootBoth(page, `${words.language}-timer-bar`);
      await page.evaluate(() => document.documentElement.style.removeProperty("font-size"));
      await page.getByRole("button", { name: words.resumeTimer }).click();
      await expect(bar).not.toContainText(words.paused);
      await page.clock.fastForward("10:00");

      await page.getByRole("button", { name: words.stop, exact: true }).click();
      const stop = page.getByRole("dialog", { name: words.stopSheet });
      await expect(stop).toContainText(words.pausedNote);
      await expect(stop.getByRole("button", { name: words.saveEntry })).toBeVisible();
      await shootBoth(page, `${words.language}-stop-timer`);
      await page.evaluate(() => document.documentElement.style.removeProperty("font-size"));
      await stop.getByRole("button", { name: words.discard }).click();
      await stop.getByRole("button", { name: words.discardConfirm, exact: true }).click();
      await expect(bar).toBeHidden();
      // The discard (its server session's deletion) leaves once its Undo window is over: nothing is left to send.
      await page.clock.fastForward("00:30");
      await expect(page.locator(".online-indicator")).toHaveCount(0, { timeout: 30_000 });

      // Offline, each note waits on the device: the top bar's pill counts them in the language's plural forms.
      await context.setOffline(true);
      const composer = page.getByRole("textbox", { name: words.comment });
      const counts = Object.keys(words.toSend).map(Number);
      for (let sent = 1; sent <= Math.max(...counts); sent++) {
        await composer.fill(`Note ${sent}`);
        await composer.press("Control+Enter");
        await expect(composer).toHaveValue("");
        if (words.toSend[sent]) await expect(page.getByRole("status").filter({ hasText: words.toSend[sent] })).toBeVisible();
      }
      // The pill, not the last note's Undo toast, is what this screenshot is for.
      await page.clock.fastForward("00:15");
      await expect(page.getByRole("button", { name: words.undo })).toHaveCount(0);

      await shootBoth(page, `${words.language}-to-send`);
      await context.setOffline(false);
    });
  });
}
