import { readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { headerPolicy, SHARED_CSP_DIRECTIVES } from "../scripts/content-security-policy";
import { expect, expectNoAxeViolations, resetSandbox, signIn, test as sandboxTest } from "./fixtures";
import { serveWithNginx, type NginxSite } from "./nginx";

// The app as the Docker image serves it: dist/ behind nginx with deploy/nginx.conf, config.json
// written from ALGA_URL, and the Alga server (the sandbox) on another origin.
sandboxTest.use({ sandboxOptions: { crossOrigin: true, pinned: false } });

const test = sandboxTest.extend<object, { site: NginxSite }>({
  site: [
    async ({ sandbox }, use) => {
      const site = await serveWithNginx({ ALGA_URL: sandbox.apiUrl });
      await use(site);
      await site.close();
    },
    { scope: "worker" },
  ],
  baseURL: async ({ site }, use) => use(site.url),
});

// A fresh seed for this file: its journeys do not depend on what other files did.
test.beforeAll(resetSandbox);

/** The README's headers; the CSP is the app's shared one, its connect-src narrowed to the pinned server. */
const securityHeaders = (apiUrl: string) => ({
  "content-security-policy": headerPolicy(
    SHARED_CSP_DIRECTIVES.map((directive) => (directive.startsWith("connect-src ") ? `connect-src 'self' ${apiUrl}` : directive)),
  ),
  "strict-transport-security": "max-age=63072000; includeSubDomains",
  "cross-origin-opener-policy": "same-origin",
  "permissions-policy": "camera=(), microphone=(), geolocation=(), payment=()",
  "referrer-policy": "no-referrer",
  "x-content-type-options": "nosniff",
});
const asset = readdirSync(fileURLToPath(new URL("../dist/assets", import.meta.url))).find((name) => name.endsWith(".js"))!;

test("nginx answers app paths with the app, keeps hashed assets a year and has the rest revalidated", async ({ request, sandbox }) => {
  const index = await (await request.get("/index.html")).text();
  for (const path of ["/", "/tickets", "/tickets/3f2a", "/settings", "/signin"]) {
    const response = await request.get(path, { maxRedirects: 0 });
    expect(response.status(), path).toBe(200);
    expect(await response.text(), path).toBe(index);
    expect(response.headers(), path).toMatchObject({ "cache-control": "no-cache", ...securityHeaders(sandbox.apiUrl) });
  }

  const script = await request.get(`/assets/${asset}`);
  expect(script.headers()).toMatchObject({ "cache-control": "public, max-age=31536000, immutable", ...securityHeaders(sandbox.apiUrl) });
  expect(script.headers()["content-type"]).toMatch(/javascript/);

  for (const path of ["/sw.js", "/manifest.webmanifest", "/config.json"]) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(200);
    expect(response.headers(), path).toMatchObject({ "cache-control": "no-cache", ...securityHeaders(sandbox.apiUrl) });
  }
  expect((await request.get("/manifest.webmanifest")).headers()["content-type"]).toBe("application/manifest+json");
  expect(await (await request.get("/config.json")).json()).toEqual({ server: sandbox.apiUrl });

  // A chunk gone after a deploy must fail, not come back as the app's HTML.
  const missing = await request.get("/assets/gone-after-deploy.js");
  expect(missing.status()).toBe(404);
  expect(missing.headers()).toMatchObject(securityHeaders(sandbox.apiUrl));
});

test("nginx answers the sign-in callback with the app, stores it nowhere and keeps its token out of the log", async ({
  request,
  sandbox,
  site,
}) => {
  const index = await (await request.get("/index.html")).text();
  for (const path of ["/auth/callback?ott=SECRET-OTT&state=abc", "/%61uth/callback?ott=SECRET-OTT&state=abc"]) {
    const response = await request.get(path, { maxRedirects: 0 });
    expect(response.status(), path).toBe(200);
    expect(await response.text(), path).toBe(index);
    expect(response.headers(), path).toMatchObject({ "cache-control": "no-store", ...securityHeaders(sandbox.apiUrl) });
  }
  await request.get("/tickets?view=mine");
  await expect.poll(() => site.accessLog()).toContain("/tickets?view=mine");
  expect(await site.accessLog()).not.toContain("SECRET-OTT");
});

test("a technician signs in to the nginx-served app against the Alga server on another origin", async ({ page, sandbox, site }) => {
  const blocked: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error" && /Content Security Policy|CORS/i.test(message.text())) blocked.push(message.text());
  });

  await signIn(page, sandbox.apiUrl);
  expect(new URL(page.url()).origin).toBe(site.url);
  await expectNoAxeViolations(page);
  expect(blocked).toEqual([]);
});
