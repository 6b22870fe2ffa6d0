import { request as httpRequest } from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestSandbox, type TestSandbox } from "../testing/harness";
import { CONTROL_TOKEN_HEADER } from "./control-access";

let sandbox: TestSandbox;

beforeAll(async () => {
  sandbox = await startTestSandbox();
});
afterAll(() => sandbox.close());

const deploy = (headers: Record<string, string> = {}) =>
  fetch(`${sandbox.api}/__sandbox/deploy`, { method: "POST", headers: { "content-type": "text/plain", ...headers } });

/** Node's fetch cannot send another Host; a DNS-rebound page would. */
function postWithHost(pathname: string, host: string, headers: Record<string, string> = {}): Promise<number> {
  return new Promise((resolve, reject) => {
    const request = httpRequest(`${sandbox.api}${pathname}`, { method: "POST", headers: { host, ...headers } }, (response) => {
      response.resume();
      resolve(response.statusCode ?? 0);
    });
    request.once("error", reject);
    request.end();
  });
}

describe("the test control interface", () => {
  it("answers test code on this machine: Node's fetch and Playwright's request context send no Origin", async () => {
    expect((await deploy()).status).toBe(200);
    expect((await deploy({ "user-agent": "Mozilla/5.0 HeadlessChrome" })).status).toBe(200);
  });

  it("refuses what a web page can send — a cross-site form or fetch, a same-site fetch, a rebound host — and changes nothing", async () => {
    const before = await (await deploy()).json();
    const refused = await deploy({ origin: "https://evil.example" });
    expect(refused.status).toBe(403);
    expect(refused.headers.get("access-control-allow-origin")).toBeNull();
    expect((await refused.json()).error.message).toContain(CONTROL_TOKEN_HEADER);
    expect((await deploy({ "sec-fetch-site": "same-origin" })).status).toBe(403);
    expect(await postWithHost("/__sandbox/deploy", "evil.example")).toBe(403);
    expect((await (await deploy()).json()).version).toBe(before.version + 1);
  });

  it("answers a browser or another host that shows the token printed at start", async () => {
    expect(sandbox.controlToken).toMatch(/^[0-9a-f]{32}$/);
    const token = sandbox.controlToken!;
    expect((await deploy({ origin: "http://localhost:5173", [CONTROL_TOKEN_HEADER]: token })).status).toBe(200);
    expect(await postWithHost("/__sandbox/deploy", "192.168.1.20:8080", { [CONTROL_TOKEN_HEADER]: token })).toBe(200);
    expect((await deploy({ origin: "http://localhost:5173", [CONTROL_TOKEN_HEADER]: `${token.slice(1)}0` })).status).toBe(403);
  });

  it("never answers CORS, so a browser cannot even ask", async () => {
    const preflight = await fetch(`${sandbox.api}/__sandbox/reset`, {
      method: "OPTIONS",
      headers: { origin: "https://evil.example", "access-control-request-method": "POST" },
    });
    expect(preflight.headers.get("access-control-allow-origin")).toBeNull();
    const allowed = await deploy({ origin: "http://localhost:5173", [CONTROL_TOKEN_HEADER]: sandbox.controlToken! });
    expect(allowed.headers.get("access-control-allow-origin")).toBeNull();
  });
});
