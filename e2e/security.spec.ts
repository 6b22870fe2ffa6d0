import type { Request } from "@playwright/test";
import { keptOnSignOut } from "../src/lib/storage-keys";
import { ticketPage } from "./ticket-page";
import { shot } from "./kit/screen-checks";
import {
  apiKeyFor,
  expect,
  expectNoAxeViolations,
  openFirstTicket,
  readStored,
  storedKeys,
  serverApi,
  setFaults,
  webSignIn,
  startSignedIn,
  test,
} from "./fixtures";

/** A BlockNote document (what the Alga editor stores) with one paragraph of text and links. */
function blockNote(...parts: ({ text: string } | { text: string; href: string })[]): string {
  const content = parts.map((part) =>
    "href" in part
      ? { type: "link", href: part.href, content: [{ type: "text", text: part.text, styles: {} }] }
      : { type: "text", text: part.text, styles: {} },
  );
  return JSON.stringify([{ type: "paragraph", props: {}, content, children: [] }]);
}

test("a sign-in link planted in a comment is never live, and other links say where they go", async ({ page, sandbox }) => {
  // Someone else (a client's e-mail, a portal user) writes the comment before the technician opens the ticket.
  const key = await apiKeyFor(sandbox.apiUrl, "alex.rivera@example.com");
  const api = (path: string, init: RequestInit = {}) =>
    fetch(`${sandbox.apiUrl}${path}`, { ...init, headers: { "x-api-key": key, "content-type": "application/json" } });
  const tickets = (await (await api("/api/v1/tickets?is_open=true&sort=updated_at&order=desc&limit=1")).json()) as {
    data: { ticket_id: string }[];
  };
  const ticketId = tickets.data[0]!.ticket_id;
  const handoff = `${sandbox.apiUrl}/auth/mobile/handoff?redirect=${encodeURIComponent("https://evil.example/auth/callback")}&state=x`;
  const comment_text = blockNote(
    { text: "Please check the " },
    { text: "Invoice", href: handoff },
    { text: " and " },
    { text: "vendor.example/kb/42", href: "https://xn--vndor-csa.example/kb/42" },
    { text: " or the " },
    // A shortener can end anywhere, the handoff included: the app cannot see past it.
    { text: "short link", href: "https://bit.ly/3xYzAlga" },
  );
  const posted = await api(`/api/v1/tickets/${ticketId}/comments`, {
    method: "POST",
    body: JSON.stringify({ comment_text, is_internal: false }),
  });
  expect(posted.status).toBe(201);
  await startSignedIn(page, sandbox.apiUrl);
  await page.goto(`/tickets/${ticketId}`);

  const comment = page.getByRole("listitem").filter({ hasText: "Please check the" });
  await expect(comment.getByText(/sign-in link removed/)).toBeVisible();
  await expect(comment.getByText("Invoice")).toBeVisible();
  await expect(comment.getByRole("link", { name: "Invoice" })).toHaveCount(0);
  expect(await comment.locator("a[href*='handoff']").count()).toBe(0);

  await comment.getByRole("link", { name: "vendor.example/kb/42" }).click();
  const dialog = page.getByRole("dialog", { name: "Open a link outside Alga Tickets?" });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByText("xn--vndor-csa.example", { exact: true })).toBeVisible();
  await expect(dialog.getByText(/The link's text shows vendor.example, but it goes to xn--vndor-csa.example/)).toBeVisible();
  await expect(dialog.getByRole("link", { name: "Open xn--vndor-csa.example" })).toHaveAttribute("rel", "noopener noreferrer");
  await expect(dialog.getByText("Alga Tickets doesn't know this site, and it may send you on to another one.")).toBeVisible();
  await expect(dialog.getByText(/never asks for that through a link/)).toBeVisible();
  await page.screenshot({ path: shot("leave-app-dialog.png") });
  await expectNoAxeViolations(page);
  await dialog.getByRole("button", { name: "Cancel" }).click();
  await expect(dialog).toHaveCount(0);
  expect(page.url()).toContain(`/tickets/${ticketId}`);

  // A known forwarder is never named as where the link ends.
  await comment.getByRole("link", { name: "short link" }).click();
  await expect(dialog.getByText(/bit\.ly forwards visitors to other addresses/)).toBeVisible();
  await expect(dialog.getByRole("link", { name: "Open anyway" })).toBeVisible();
  await expect(dialog.getByRole("link", { name: "Open bit.ly" })).toHaveCount(0);
  await page.screenshot({ path: shot("leave-app-forwarder.png") });
  await dialog.getByRole("button", { name: "Cancel" }).click();

  // The built page carries its CSP even where the host sends none.
  await expect(page.locator('meta[http-equiv="Content-Security-Policy"]')).toHaveAttribute("content", /base-uri 'none'/);
});

test("under Trusted Types the ticket's HTML shows and the service worker runs, and a plain string reaches no HTML sink", async ({
  page,
  sandbox,
}) => {
  await page.addInitScript(() =>
    document.addEventListener("securitypolicyviolation", (event) => {
      const seen = ((window as unknown as { violations?: string[] }).violations ??= []);
      seen.push(`${event.violatedDirective} ${event.sample}`);
    }),
  );
  await startSignedIn(page, sandbox.apiUrl);
  await expect.poll(() => page.evaluate(() => Boolean(navigator.serviceWorker.controller))).toBe(true);
  await openFirstTicket(page);
  await expect(page.locator(".description__text, .comment__body").first()).toBeVisible();
  expect(await page.evaluate(() => (window as unknown as { violations?: string[] }).violations ?? [])).toEqual([]);

  const plainString = await page.evaluate(() => {
    try {
      document.createElement("div").innerHTML = "<img src=x onerror=alert(1)>";
      return "accepted";
    } catch (error) {
      return (error as Error).name;
    }
  });
  expect(plainString).toBe("TypeError");
});

test("signing out in one tab signs out every tab and leaves nothing of the user behind", async ({ page, context, sandbox }) => {
  await startSignedIn(page, sandbox.apiUrl);
  const other = await context.newPage();
  await other.clock.install();
  await other.goto("/tickets");
  const ticketId = await openFirstTicket(other);
  await other.getByRole("textbox", { name: "Comment" }).fill("typed in the other tab");
  const { user } = (await readStored(page, "alga.session")) as { user: { id: string } };

  await page.goto("/settings");
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(other.getByRole("button", { name: "Sign in" })).toBeVisible({ timeout: 1_000 });
  await expect(other.getByRole("status").filter({ hasText: "You signed out." })).toBeVisible();
  expect(other.url()).not.toContain(ticketId);

  // Whatever the other tab had pending (draft save, cache write) must not bring the user back: its timers
  // for the next 5 s run now.
  await other.clock.runFor(5_000);
  for (const tab of [page, other]) {
    expect((await storedKeys(tab)).filter((key) => key !== "alga.deviceId")).toEqual([]);
    const local = await tab.evaluate(() => Object.keys(localStorage));
    // What the device keeps for the next user (the deployment's config, servers used, the language words).
    expect(local.filter((key) => !keptOnSignOut.localStorage.has(key))).toEqual([]);
    const caches = await tab.evaluate(() => globalThis.caches.keys());
    expect(caches.every((name) => name.includes("precache"))).toBe(true);
    expect(await tab.evaluate((id) => JSON.stringify(localStorage).includes(id), user.id)).toBe(false);
  }
});

test("a change one user queued is never sent as the next user who signs in", async ({ page, context, sandbox }) => {
  await page.clock.install();
  await startSignedIn(page, sandbox.apiUrl);
  const ticketId = await openFirstTicket(page);
  // The comment cannot reach the server: it waits in the outbox of user A.
  await setFaults(sandbox.apiUrl, { failureRate: 1, statuses: [503], failureRoutes: ["POST /api/v1/tickets/*/comments"] });
  const note = `Queued by A ${Date.now()}`;
  await page.getByRole("textbox", { name: "Comment" }).fill(note);
  await page.getByRole("button", { name: "Send internal note" }).click();
  // Waiting to be sent; the composer may still hold the text for a moment, so look in "Not sent yet".
  await expect(ticketPage(page).pending.getByText(note)).toBeVisible();

  // A signs out in another tab (deleting the change, after the warning); B signs in there.
  const other = await context.newPage();
  await other.goto("/settings");
  await other.getByRole("button", { name: "Sign out" }).click();
  await other.getByRole("button", { name: "Sign out and delete" }).click();
  await expect(page.getByRole("button", { name: "Sign in" })).toBeVisible();
  await webSignIn(other, sandbox.apiUrl, "alex.rivera@example.com");
  await other.getByRole("button", { name: "Sign in" }).click();
  await expect(other).toHaveURL(/\/tickets/);

  // The server takes comments again; A's tab comes back online and to the foreground.
  await setFaults(sandbox.apiUrl, null);
  await page.bringToFront();
  const inFlight = new Set<Request>();
  page.on("request", (request) => inFlight.add(request));
  page.on("requestfinished", (request) => inFlight.delete(request));
  page.on("requestfailed", (request) => inFlight.delete(request));
  await page.evaluate(() => window.dispatchEvent(new Event("online")));
  // Every retry the outbox would make in the next 30 s is due now; what they sent has landed once none is in flight.
  await page.clock.runFor(30_000);
  await expect.poll(() => inFlight.size).toBe(0);
  const comments = await serverApi(other, sandbox.apiUrl, `/api/v1/tickets/${ticketId}/comments`);
  expect(JSON.stringify(comments.body)).not.toContain(note);
  await expect(page.getByRole("button", { name: "Continue as Alex Rivera" })).toBeVisible();
});

test("one malformed ticket in a list answer does not hide the others", async ({ page, sandbox }) => {
  let corrupted: string | null = null;
  await page.route(/\/api\/v1\/tickets\?/, async (route) => {
    const response = await route.fetch();
    const body = (await response.json()) as { data: { ticket_id: string; ticket_number: string | null }[] };
    // One ticket of the first page only.
    if (body.data.length > 1 && corrupted === null) {
      corrupted = body.data[1]!.ticket_id;
      body.data[1]!.ticket_number = null;
    }
    await route.fulfill({ response, json: body });
  });
  await startSignedIn(page, sandbox.apiUrl);
  const list = page.getByRole("list", { name: "Open tickets" });
  expect(corrupted).not.toBeNull();
  await expect(list.getByRole("listitem").first()).toBeVisible();
  await expect(page.getByText(/1 ticket could not be shown/)).toBeVisible();
  await expect(list.locator(`a[href*="${corrupted}"]`)).toHaveCount(0);
});
