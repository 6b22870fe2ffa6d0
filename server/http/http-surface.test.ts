import { mkdtemp, mkdir, rm, writeFile } from "node:fs/promises";
import { request as httpRequest, type IncomingHttpHeaders } from "node:http";
import { tmpdir } from "node:os";
import path from "node:path";
import { brotliDecompressSync, gunzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { metaPolicy } from "../../scripts/content-security-policy";
import { startTestSandbox, type TestSandbox } from "../testing/harness";

let sandbox: TestSandbox;
let distDir: string;

/** The <meta> CSP as vite writes it into the built index.html (quotes as character references). */
const metaCsp = (policy: string) => `<meta http-equiv="Content-Security-Policy" content="${policy.replaceAll("'", "&#39;")}">`;

const ALLOW_HEADERS = "Content-Type,Authorization,X-API-Key,X-Tenant-ID,X-Request-ID,X-Idempotency-Key";

beforeAll(async () => {
  distDir = await mkdtemp(path.join(tmpdir(), "alga-dist-"));
  await mkdir(path.join(distDir, "assets"));
  await writeFile(path.join(distDir, "index.html"), `<!doctype html>${metaCsp(metaPolicy())}<title>Alga Tickets</title>`);
  await writeFile(path.join(distDir, "assets", "index-abc123.js"), "console.log(1)");
  await writeFile(path.join(distDir, "assets", "logo-abc123.png"), Buffer.from([0x89, 0x50, 0x4e, 0x47]));
  await writeFile(path.join(distDir, "sw.js"), "self.addEventListener('fetch', () => {})");
  await writeFile(path.join(distDir, "manifest.webmanifest"), "{}");
  await writeFile(path.join(distDir, "config.json"), '{"server":"written-by-build"}');
  sandbox = await startTestSandbox({ distDir });
});
afterAll(async () => {
  await sandbox.close();
  await rm(distDir, { recursive: true, force: true });
});

describe("CORS as the real server (contract §2)", () => {
  it.each(["/api/v1/tickets", "/api/v1/mobile/auth/exchange", "/tickets", "/anything"])(
    "answers OPTIONS %s with 204 and the fixed lists",
    async (pathname) => {
      const response = await fetch(`${sandbox.api}${pathname}`, {
        method: "OPTIONS",
        headers: {
          origin: "https://pwa.example",
          "access-control-request-method": "GET",
          "access-control-request-headers": "x-api-key, x-alga-client",
        },
      });
      expect(response.status).toBe(204);
      expect(response.headers.get("access-control-allow-origin")).toBe("https://pwa.example");
      expect(response.headers.get("access-control-allow-methods")).toBe("GET,POST,PUT,PATCH,DELETE,OPTIONS");
      // Fixed, never echoed: a request with x-alga-client would be blocked by the browser.
      expect(response.headers.get("access-control-allow-headers")).toBe(ALLOW_HEADERS);
      expect(response.headers.get("access-control-allow-credentials")).toBe("true");
      expect(response.headers.get("access-control-max-age")).toBe("86400");
      expect(response.headers.get("vary")).toBe("Origin, Access-Control-Request-Headers");
    },
  );

  it("answers a preflight without Origin with * and no Vary", async () => {
    const response = await fetch(`${sandbox.api}/api/v1/tickets`, { method: "OPTIONS" });
    expect(response.headers.get("access-control-allow-origin")).toBe("*");
    expect(response.headers.get("vary")).toBeNull();
  });

  it("adds CORS headers to API responses, errors included, and never exposes headers", async () => {
    const missingKey = await fetch(`${sandbox.api}/api/v1/tickets`, { headers: { origin: "http://localhost:5173" } });
    expect(missingKey.status).toBe(401);
    expect(await missingKey.json()).toEqual({ error: "Unauthorized: API key missing" });
    expect(missingKey.headers.get("access-control-allow-origin")).toBe("http://localhost:5173");
    expect(missingKey.headers.get("access-control-allow-credentials")).toBe("true");
    expect(missingKey.headers.get("vary")).toBe("Origin");
    expect(missingKey.headers.get("access-control-expose-headers")).toBeNull();
    const capabilities = await fetch(`${sandbox.api}/api/v1/mobile/auth/capabilities`);
    expect(capabilities.headers.get("access-control-allow-origin")).toBe("*");
  });
});

describe("checks by the routed path, not the raw URL", () => {
  it("treats /%61pi/v1/tickets, which reaches the tickets handler, as the API: key check and CORS", async () => {
    const response = await fetch(`${sandbox.api}/%61pi/v1/tickets`, { headers: { origin: "http://localhost:5173" } });
    expect(response.status).toBe(401);
    expect(await response.json()).toEqual({ error: "Unauthorized: API key missing" });
    expect(response.headers.get("access-control-allow-origin")).toBe("http://localhost:5173");
  });
});

describe("security headers", () => {
  it.each(["/", "/tickets", "/api/v1/tickets", "/config.json", "/assets/index-abc123.js"])("are on %s", async (pathname) => {
    const response = await fetch(`${sandbox.api}${pathname}`);
    const csp = response.headers.get("content-security-policy") ?? "";
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("connect-src 'self' https: http://localhost:* http://127.0.0.1:*");
    // Chrome rejects a bracketed IPv6 host source and logs an error on every page.
    expect(csp).not.toContain("[::1]");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("form-action 'self'");
    expect(csp).not.toContain("unsafe-inline");
    expect(response.headers.get("referrer-policy")).toBe("no-referrer");
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
    expect(response.headers.get("x-frame-options")).toBe("DENY");
    expect(response.headers.get("cross-origin-opener-policy")).toBe("same-origin");
    expect(response.headers.get("permissions-policy")).toBe("camera=(), microphone=(), geolocation=(), payment=()");
  });

  it("lets the app it serves call it on loopback, which the built page's own policy does not allow", async () => {
    expect(metaPolicy()).not.toMatch(/localhost|127\.0\.0\.1/);
    for (const pathname of ["/index.html", "/tickets"]) {
      const html = await (await fetch(`${sandbox.api}${pathname}`)).text();
      expect(html, pathname).toContain(`connect-src &#39;self&#39; https: http://localhost:* http://127.0.0.1:*;`);
    }
  });
});

describe("the built app", () => {
  it("serves hashed assets immutable", async () => {
    const response = await fetch(`${sandbox.api}/assets/index-abc123.js`);
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toBe("public, max-age=31536000, immutable");
    expect(response.headers.get("content-type")).toContain("javascript");
  });

  it.each(["/", "/index.html", "/sw.js", "/manifest.webmanifest"])("serves %s with no-cache", async (pathname) => {
    const response = await fetch(`${sandbox.api}${pathname}`);
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toBe("no-cache");
  });

  it("generates config.json from the request's own origin, never from the file in dist", async () => {
    const response = await fetch(`${sandbox.api}/config.json`);
    expect(response.headers.get("cache-control")).toBe("no-cache");
    expect(await response.json()).toEqual({ server: sandbox.api });
    const viaLocalhost = await fetch(`http://localhost:${sandbox.port}/config.json`);
    expect(await viaLocalhost.json()).toEqual({ server: `http://localhost:${sandbox.port}` });
  });

  it("never builds config.json from a Host header that is not a plain host", async () => {
    const config = await new Promise<string>((resolve, reject) => {
      const request = httpRequest(`${sandbox.api}/config.json`, { headers: { host: "evil.example/steal?x=" } }, (response) => {
        let body = "";
        response.on("data", (chunk: Buffer) => (body += chunk.toString()));
        response.on("end", () => resolve(body));
      });
      request.once("error", reject);
      request.end();
    });
    expect(JSON.parse(config)).toEqual({ server: "http://localhost" });
  });

  it.each(["/tickets", "/tickets/3c9a1f0e-0000-4000-8000-000000000000", "/settings"])(
    "falls back to index.html for %s",
    async (pathname) => {
      const response = await fetch(`${sandbox.api}${pathname}`);
      expect(response.status).toBe(200);
      expect(response.headers.get("cache-control")).toBe("no-cache");
      expect(await response.text()).toContain("<title>Alga Tickets</title>");
    },
  );

  it("serves the sign-in callback's page, whose address carries a one-time token, for no cache to keep", async () => {
    const response = await fetch(`${sandbox.api}/auth/callback?ott=x&state=y`);
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toBe("no-store");
    expect(await response.text()).toContain("<title>Alga Tickets</title>");
  });

  it.each([
    ["br", "gzip, deflate, br", brotliDecompressSync],
    ["gzip", "gzip, deflate", gunzipSync],
  ] as const)("compresses text with %s when the browser takes it, as a production host does", async (encoding, accepted, decode) => {
    for (const [pathname, expected] of [
      ["/assets/index-abc123.js", "console.log(1)"],
      ["/tickets", "<title>Alga Tickets</title>"],
      ["/config.json", `"server"`],
    ] as const) {
      const { headers, body } = await rawGet(pathname, { "accept-encoding": accepted });
      expect(headers["content-encoding"], pathname).toBe(encoding);
      expect(headers.vary, pathname).toMatch(/accept-encoding/i);
      expect(decode(body).toString("utf8"), pathname).toContain(expected);
    }
  });

  it("sends text as it is to a client that takes no compression, and never compresses images", async () => {
    const plain = await rawGet("/assets/index-abc123.js", {});
    expect(plain.headers["content-encoding"]).toBeUndefined();
    expect(plain.body.toString("utf8")).toBe("console.log(1)");
    const image = await rawGet("/assets/logo-abc123.png", { "accept-encoding": "gzip, br" });
    expect(image.headers["content-encoding"]).toBeUndefined();
  });

  it.each(["/assets/missing-123.js", "/__sandbox/unknown", "/auth/mobile/other"])("answers 404 for %s", async (pathname) => {
    expect((await fetch(`${sandbox.api}${pathname}`)).status).toBe(404);
  });

  it.each(["/assets/%E0%A4%A.js", "/%C0%80", "/api/v1/%zz"])(
    "answers the malformed escape in %s as a bad request, not a 500",
    async (pathname) => {
      expect([400, 401, 404]).toContain((await fetch(`${sandbox.api}${pathname}`)).status);
    },
  );

  it("does not serve files outside dist", async () => {
    const response = await fetch(`${sandbox.api}/..%2f..%2fetc%2fpasswd`);
    expect(await response.text()).not.toContain("root:");
  });
});

/** A GET whose body arrives as the server sent it: fetch would decompress it. */
function rawGet(pathname: string, headers: Record<string, string>): Promise<{ headers: IncomingHttpHeaders; body: Buffer }> {
  return new Promise((resolve, reject) => {
    const request = httpRequest(`${sandbox.api}${pathname}`, { headers }, (response) => {
      const chunks: Buffer[] = [];
      response.on("data", (chunk: Buffer) => chunks.push(chunk));
      response.on("end", () => resolve({ headers: response.headers, body: Buffer.concat(chunks) }));
    });
    request.once("error", reject);
    request.end();
  });
}

describe("without the control interface", () => {
  it("answers 404 on /__sandbox/*", async () => {
    const plain = await startTestSandbox({ control: false });
    try {
      expect((await fetch(`${plain.api}/__sandbox/reset`, { method: "POST" })).status).toBe(404);
      expect((await fetch(`${plain.api}/__sandbox/session`, { method: "POST", body: '{"email":"tech@example.com"}' })).status).toBe(404);
    } finally {
      await plain.close();
    }
    // A sandbox start of its own: the same budget as the hooks that start one (vitest.config.ts).
  }, 300_000);
});

describe("a new deploy (test control)", () => {
  it("changes the service worker script, as a real deploy would, and nothing else", async () => {
    const before = await (await fetch(`${sandbox.api}/sw.js`)).text();
    const index = await (await fetch(`${sandbox.api}/`)).text();
    expect((await fetch(`${sandbox.api}/__sandbox/deploy`, { method: "POST" })).status).toBe(200);
    const after = await (await fetch(`${sandbox.api}/sw.js`)).text();
    expect(after).not.toBe(before);
    expect(after.startsWith(before)).toBe(true);
    expect(await (await fetch(`${sandbox.api}/`)).text()).toBe(index);
  });
});
