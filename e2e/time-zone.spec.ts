import type { Page } from "@playwright/test";
import { expect, resetSandbox, serverApi, setFaults, startSignedIn, test, type TestSandbox } from "./fixtures";
import { shot } from "./kit/screen-checks";
import { ownEntries } from "./time-helpers";

// The phone is set to New York; the technician's Alga profile says Warsaw and Polish (awareness §6).
test.beforeAll(resetSandbox);
test.use({ timezoneId: "America/New_York", viewport: { width: 360, height: 640 } });
// The offline part waits for the service worker; the time entry for the outbox's send.
test.describe.configure({ timeout: 120_000 });

const WARSAW = "Europe/Warsaw";
const DAY = 86_400_000;

async function setAlgaProfile(sandbox: TestSandbox, profile: { timezone: string | null; locale: string | null }) {
  const response = await fetch(`${sandbox.apiUrl}/__sandbox/user-preferences`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ email: "tech@example.com", ...profile }),
  });
  expect(response.ok).toBe(true);
}

/** The instant at which Warsaw's clock shows `clock` on `day` (away from a clock change, which the days used here are). */
function warsawInstant(day: string, clock: string): number {
  const asUtc = Date.parse(`${day}T${clock}:00Z`);
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat("en-US", {
      timeZone: WARSAW,
      hourCycle: "h23",
      year: "numeric",
      month: "numeric",
      day: "numeric",
      hour: "numeric",
      minute: "numeric",
    })
      .formatToParts(asUtc)
      .map((part) => [part.type, Number(part.value)]),
  );
  const shown = Date.UTC(parts.year!, parts.month! - 1, parts.day!, parts.hour!, parts.minute!);
  return asUtc - (shown - asUtc);
}

/** "HH:mm" of an instant on Warsaw's clock. */
const warsawClock = (time: number) =>
  new Intl.DateTimeFormat("en-GB", { timeZone: WARSAW, hour: "2-digit", minute: "2-digit", hourCycle: "h23" }).format(time);

async function ticketIdOf(page: Page, sandbox: TestSandbox, number: string): Promise<string> {
  const { body } = await serverApi(page, sandbox.apiUrl, `/api/v1/tickets?search=${number}`);
  return (body.data as { ticket_id: string; ticket_number: string }[]).find((ticket) => ticket.ticket_number === number)!.ticket_id;
}

test("a New York phone of a Warsaw technician speaks Polish and logs, sends and shows Warsaw times", async ({ page, context, sandbox }) => {
  await setAlgaProfile(sandbox, { timezone: WARSAW, locale: "pl" });
  // The app starts in the browser's English and turns Polish once it has read the profile.
  await startSignedIn(page, sandbox.apiUrl, undefined, "Otwarte zgłoszenia");
  await expect(page.locator("html")).toHaveAttribute("lang", "pl");

  const ticketId = await ticketIdOf(page, sandbox, "TIC001020");
  // Ten days back: clear of the seed's recent entries, so no overlap stands in the way.
  const day = new Date(Date.now() - 10 * DAY).toISOString().slice(0, 10);

  // An entry made elsewhere (the web app, say) reads at Warsaw's times, not New York's.
  const start = Date.parse(`${day}T13:15:00Z`);
  const created = await serverApi(page, sandbox.apiUrl, "/api/v1/time-entries", {
    method: "POST",
    data: {
      work_item_type: "ticket",
      work_item_id: ticketId,
      start_time: new Date(start).toISOString().replace(".000", ""),
      end_time: new Date(start + 45 * 60_000).toISOString().replace(".000", ""),
      service_id: await anyService(page, sandbox),
      notes: "Checked the backup job",
    },
  });
  expect(created.status).toBe(201);
  await page.goto(`/tickets/${ticketId}`);
  await page.getByRole("tab", { name: /^Czas/ }).click();
  const entries = page.locator(".time-entries__when");
  await expect(entries.filter({ hasText: `${warsawClock(start)}–${warsawClock(start + 45 * 60_000)}` })).toBeVisible();

  // Logged as 09:00–10:30: shown so, and sent as Warsaw's 09:00 and 10:30.
  await page.getByRole("button", { name: "Zapisz czas" }).click();
  const sheet = page.getByRole("dialog", { name: "Zapisz czas" });
  // The form's own words are still being translated elsewhere: its fields are found by their kind.
  const times = sheet.locator('input[type="datetime-local"]');
  await times.first().fill(`${day}T09:00`);
  await times.last().fill(`${day}T10:30`);
  await sheet.locator("select").first().selectOption({ index: 1 });
  const sent = page.waitForRequest((request) => request.method() === "POST" && new URL(request.url()).pathname === "/api/v1/time-entries");
  await sheet.locator('button[type="submit"]').click();
  await expect(entries.filter({ hasText: "09:00–10:30" })).toBeVisible();
  const body = (await sent).postDataJSON() as { start_time: string; end_time: string };
  const [nine, halfPastTen] = [warsawInstant(day, "09:00"), warsawInstant(day, "10:30")];
  expect([Date.parse(body.start_time), Date.parse(body.end_time)]).toEqual([nine, halfPastTen]);
  await expect
    .poll(async () => (await ownEntries(page, sandbox, ticketId)).some((entry) => Date.parse(entry.start_time) === nine), {
      timeout: 30_000,
    })
    .toBe(true);
  // Sent, the entry is the server's and still reads 09:00–10:30.
  await expect(entries.filter({ hasText: "09:00–10:30" })).toBeVisible();
  // For the picture: the toast gone, the entries in the middle of the screen, above the dock.
  await expect(page.locator(".toast")).toHaveCount(0, { timeout: 20_000 });
  await entries.last().evaluate((element) => element.scrollIntoView({ block: "center" }));
  await page.screenshot({ path: shot("time-zone-pl-ticket-360.png") });

  // Settings' choice beats the profile, offline too: the catalogue comes from the service worker's cache.
  await page.evaluate(() => navigator.serviceWorker.ready);
  await page.reload();
  await expect.poll(() => page.evaluate(() => Boolean(navigator.serviceWorker.controller))).toBe(true);
  await page.goto("/settings");
  await expect(page.getByRole("heading", { name: "Na tym urządzeniu" })).toBeVisible();
  await context.setOffline(true);
  await page.getByRole("combobox", { name: "Język" }).selectOption({ label: "English" });
  await expect(page.getByRole("heading", { name: "On this device" })).toBeVisible();
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await page.screenshot({ path: shot("time-zone-settings-offline-360.png") });
  await context.setOffline(false);
});

/** A service the server knows, from any time entry it has. */
async function anyService(page: Page, sandbox: TestSandbox): Promise<string> {
  const { body } = await serverApi(page, sandbox.apiUrl, "/api/v1/time-entries?limit=1");
  return (body.data as { service_id: string }[])[0]!.service_id;
}

test.describe("a server that cannot say", () => {
  test.use({ locale: "de-DE" });

  test("without the preferences route, the browser's language stays; the record's time zone is kept", async ({ page, sandbox }) => {
    await setAlgaProfile(sandbox, { timezone: WARSAW, locale: "pl" });
    await setFaults(sandbox.apiUrl, { withoutUserPreferences: true });
    const refused = page.waitForResponse((response) => response.url().endsWith("/preferences"));
    await startSignedIn(page, sandbox.apiUrl, undefined, "Offene Tickets");
    expect((await refused).status()).toBe(404);
    await expect
      .poll(() => page.evaluate(() => localStorage.getItem("alga.algaPreferences")))
      .toBe(JSON.stringify({ locale: null, timeZone: WARSAW }));
    await expect(page.locator("html")).toHaveAttribute("lang", "de");
  });

  test("a Technician refused user:read keeps the browser's language", async ({ page, sandbox }) => {
    await setAlgaProfile(sandbox, { timezone: WARSAW, locale: "pl" });
    await setFaults(sandbox.apiUrl, { technicianRole: "newTenant" });
    const refused = page.waitForResponse((response) => response.url().endsWith("/preferences"));
    await startSignedIn(page, sandbox.apiUrl, undefined, "Offene Tickets");
    expect((await refused).status()).toBe(403);
    // Nothing was saved to start in next time: a fresh start is German too.
    await page.reload();
    await expect(page.getByRole("list", { name: "Offene Tickets" })).toBeVisible();
    await expect(page.locator("html")).toHaveAttribute("lang", "de");
    expect(await page.evaluate(() => localStorage.getItem("alga.algaPreferences"))).toBeNull();
  });
});
