import { expect, expectNoAxeViolations, resetSandbox, serverApi, setFaults, test } from "./fixtures";
import { ticketPage } from "./ticket-page";
import { shot } from "./kit/screen-checks";

test.beforeAll(resetSandbox);

test.use({ signedIn: true, timezoneId: "UTC" });
test.describe.configure({ timeout: 120_000 });

interface Entry {
  entry_id: string;
  start_time: string;
  end_time: string | null;
  notes: string | null;
}

const DAY = 86_400_000;
const minutes = (entry: Entry) => (entry.end_time ? Math.round((Date.parse(entry.end_time) - Date.parse(entry.start_time)) / 60_000) : 0);
const formatted = (total: number) =>
  [Math.floor(total / 60) ? `${Math.floor(total / 60)} h` : "", total % 60 ? `${total % 60} min` : ""].join(" ").trim();

/** 00:00 UTC of the first day (1 Monday … 7 Sunday) of the week holding `time`. */
const weekStartOf = (time: number, firstDay: number) => {
  const day = new Date(time);
  return Date.UTC(day.getUTCFullYear(), day.getUTCMonth(), day.getUTCDate()) - (((day.getUTCDay() || 7) - firstDay + 7) % 7) * DAY;
};

test("My time shows the week's totals, and an edit and a delete each land once", async ({ page, sandbox }) => {
  const { body, userId } = await serverApi(page, sandbox.apiUrl, "/api/v1/time-entries?limit=100&sort=start_time&order=desc");
  const mine = (body.data as (Entry & { user_id: string })[]).filter((entry) => entry.user_id === userId);
  const toner = mine.find((entry) => entry.notes?.startsWith("Replaced the toner"))!;
  const mfa = mine.find((entry) => entry.notes?.startsWith("Reset the user's MFA"))!;
  // The seed's entries lie in the last days: this week, or last week early on a Monday.
  // The week starts where the browser's English is spoken (the app's rule, lib/week-start.ts): Sunday in en-US.
  const firstDay = await page.evaluate(() => new Intl.Locale(navigator.language).getWeekInfo().firstDay);
  const weekStart = weekStartOf(Date.parse(toner.start_time), firstDay);
  const offset = Math.round((weekStart - weekStartOf(Date.now(), firstDay)) / (7 * DAY));
  const totalOfWeek = (start: number) =>
    mine
      .filter((entry) => Date.parse(entry.start_time) >= start && Date.parse(entry.start_time) < start + 7 * DAY)
      .reduce((sum, entry) => sum + minutes(entry), 0);
  const total = totalOfWeek(weekStart);

  await page.getByRole("link", { name: "My time" }).click();
  await expect(page.getByRole("heading", { name: "My time" })).toBeVisible();
  for (let step = 0; step > offset; step--) await page.getByRole("button", { name: "Previous week" }).click();
  await expect(page.locator(".my-time__total")).toContainText(formatted(total));
  await expectNoAxeViolations(page);

  const days = page.getByRole("list", { name: "Days" });
  await days.getByRole("listitem").filter({ hasText: "Replaced the toner" }).last().getByRole("button", { name: /^Edit/ }).click();
  const sheet = ticketPage(page).sheet("Time entry");
  await sheet.getByRole("textbox", { name: "Notes" }).fill("Replaced the toner, cleaned and tested the rollers");
  await expectNoAxeViolations(page);
  await sheet.getByRole("button", { name: "Save changes" }).click();
  await expect(sheet).toBeHidden();
  await expect(days).toContainText("Not sent yet");
  await expect
    .poll(async () => ((await serverApi(page, sandbox.apiUrl, `/api/v1/time-entries/${toner.entry_id}`)).body.data as Entry).notes, {
      timeout: 30_000,
    })
    .toBe("Replaced the toner, cleaned and tested the rollers");

  // The MFA entry is a day older: on the first day of a week it lies in the week before.
  const mfaWeekStart = weekStartOf(Date.parse(mfa.start_time), firstDay);
  for (let step = weekStart; step > mfaWeekStart; step -= 7 * DAY) await page.getByRole("button", { name: "Previous week" }).click();
  // The delete's answer is lost after the server deleted it: the retry's 404 means done, not an error.
  await days.getByRole("listitem").filter({ hasText: "Reset the user's MFA" }).last().getByRole("button", { name: /^Edit/ }).click();
  await sheet.getByRole("button", { name: "Delete entry…" }).click();
  await setFaults(sandbox.apiUrl, { dropResponseAfterCommit: 1 });
  await sheet.getByRole("button", { name: "Delete entry" }).click();
  await expect
    .poll(async () => (await serverApi(page, sandbox.apiUrl, `/api/v1/time-entries/${mfa.entry_id}`)).status, { timeout: 30_000 })
    .toBe(404);
  await expect(days.getByText("Reset the user's MFA")).toHaveCount(0, { timeout: 30_000 });
  await expect(page.locator(".my-time__total")).toContainText(formatted(totalOfWeek(mfaWeekStart) - minutes(mfa)));
  await expect(page.getByText(/Not accepted/)).toHaveCount(0);
});

test("My time names each entry's ticket by number and title, from the tickets on the device", async ({ page, sandbox }) => {
  const { body, userId } = await serverApi(page, sandbox.apiUrl, "/api/v1/time-entries?limit=100&sort=start_time&order=desc");
  const mine = (body.data as (Entry & { user_id: string; work_item_id: string })[]).filter((entry) => entry.user_id === userId);
  const firstDay = await page.evaluate(() => new Intl.Locale(navigator.language).getWeekInfo().firstDay);
  const weekStart = weekStartOf(Date.parse(mine[0]!.start_time), firstDay);
  const offset = Math.round((weekStart - weekStartOf(Date.now(), firstDay)) / (7 * DAY));
  // Without opening any ticket: the list's rows and the user's own tickets are what the device has.
  await expect(page.getByRole("list", { name: "Open tickets" }).getByRole("link").first()).toBeVisible();
  await page.getByRole("link", { name: "My time" }).click();
  for (let step = 0; step > offset; step--) await page.getByRole("button", { name: "Previous week" }).click();
  const days = page.getByRole("list", { name: "Days" });
  await expect(
    days
      .getByRole("listitem")
      .filter({ hasText: /TIC\d+ · / })
      .first(),
  ).toBeVisible();
  const entries = days.locator(".time-entries__ticket");
  for (const text of await entries.allInnerTexts()) expect(text).toMatch(/^TIC\d+ · \S/);
  await page.screenshot({ path: shot("my-time-ticket-numbers.png") });
});
