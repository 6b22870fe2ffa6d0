import { readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { expect, expectNoAxeViolations, signIn, test as sandboxTest } from "./fixtures";
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

const securityHeaders = (apiUrl: string) => ({
  "content-security-policy": `default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; font-src 'self'; connect-src 'self' ${apiUrl}; worker-src 'self'; manifest-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'`,
  "referrer-policy": "no-referrer",
  "x-content-type-options": "nosniff",
});
const asset = readdirSync(fileURLToPath(new URL("../dist/assets", import.meta.url))).find((name) => name.endsWith(".js"))!;

test("nginx answers app paths with the app, keeps hashed assets a year and has the rest revalidated", async ({ request, sandbox }) => {
  const index = await (await request.get("/index.html")).text();
  for (const path of ["/", "/tickets", "/tickets/3f2a", "/auth/callback?ott=x&state=y", "/settings", "/signin"]) {
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
