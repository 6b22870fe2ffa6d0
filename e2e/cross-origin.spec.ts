import { expect, resetSandbox, signIn, test } from "./fixtures";

// A fresh seed for this file: its journeys do not depend on what other files did.
test.beforeAll(resetSandbox);

// The app on http://localhost:PORT, the Alga API on http://127.0.0.1:PORT: every request the app
// sends must pass the real server's CORS rules (fixed allow-headers list, no exposed headers).
test.use({ sandboxOptions: { crossOrigin: true, pinned: true } });

test("the app works against an Alga server on another origin", async ({ page, sandbox }) => {
  const corsErrors: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error" && /CORS|Access-Control/i.test(message.text())) corsErrors.push(message.text());
  });
  const apiOrigins = new Set<string>();
  const failed: string[] = [];
  page.on("requestfinished", (request) => {
    if (request.url().includes("/api/")) apiOrigins.add(new URL(request.url()).origin);
  });
  // Requests the app cancels itself (leaving a screen aborts its queries) are not failures.
  page.on("requestfailed", (request) => {
    if (request.failure()?.errorText !== "net::ERR_ABORTED")
      failed.push(`${request.method()} ${new URL(request.url()).pathname} ${request.failure()?.errorText}`);
  });

  await signIn(page, sandbox.apiUrl);
  expect(new URL(page.url()).origin).toBe(`http://localhost:${sandbox.port}`);

  await page.getByRole("list", { name: "Open tickets" }).getByRole("link").first().click();
  await expect(page.getByRole("heading", { name: "Description" })).toBeVisible();

  expect([...apiOrigins]).toEqual([sandbox.apiUrl]);
  expect(failed).toEqual([]);
  expect(corsErrors).toEqual([]);
});
