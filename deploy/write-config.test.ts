import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const script = fileURLToPath(new URL("./write-config.sh", import.meta.url));

/** Runs the container's start script with `env`, writing into a temp folder. */
function start(env: Record<string, string>, indexHtml?: string) {
  const dir = mkdtempSync(join(tmpdir(), "alga-config-"));
  if (indexHtml !== undefined) writeFileSync(join(dir, "index.html"), indexHtml);
  const run = spawnSync("sh", [script], {
    env: { PATH: process.env.PATH, ...env, ALGA_HTML_DIR: dir, ALGA_NGINX_DIR: dir },
    encoding: "utf8",
  });
  const read = (name: string) => readFileSync(join(dir, name), "utf8");
  return {
    status: run.status,
    stderr: run.stderr,
    config: () => JSON.parse(read("config.json")) as unknown,
    csp: () => read("alga-connect-src.conf"),
    indexHtml: () => read("index.html"),
  };
}

describe("the container's config.json", () => {
  it("pins the server named in ALGA_URL and lets the app call only it", () => {
    const run = start({ ALGA_URL: "https://psa.example.com/" });
    expect(run.config()).toEqual({ server: "https://psa.example.com" });
    expect(run.csp()).toBe(`set $alga_connect_src "'self' https://psa.example.com";\n`);
  });

  it("restricts the address screen to ALGA_ALLOWED_SERVERS", () => {
    const run = start({ ALGA_ALLOWED_SERVERS: "https://a.example.com, https://b.example.com:8443" });
    expect(run.config()).toEqual({ allowedServers: ["https://a.example.com", "https://b.example.com:8443"] });
  });

  it("leaves the choice to the user, over https, when neither is set", () => {
    const run = start({});
    expect(run.status).toBe(0);
    expect(run.csp()).toBe(`set $alga_connect_src "'self' https:";\n`);
  });

  it("refuses to start on an address that is not a server's origin", () => {
    for (const bad of ["psa.example.com", "https://psa.example.com/app", 'https://a.example.com"}']) {
      const run = start({ ALGA_URL: bad });
      expect(run.status, bad).toBe(1);
      expect(run.stderr).toMatch(/ALGA_URL must be a server address like https:\/\/psa\.example\.com/);
    }
  });

  it("refuses a value that spans lines, whose first line alone would pass", () => {
    const injected = 'https://psa.example.com\n"; } server { listen 81; } #';
    const envs: Record<string, string>[] = [{ ALGA_URL: injected }, { ALGA_ALLOWED_SERVERS: `https://a.example.com ${injected}` }];
    for (const env of envs) {
      const run = start(env);
      expect(run.status, JSON.stringify(env)).toBe(1);
      expect(run.stderr).toMatch(/must be a server address/);
    }
  });

  it("adds a server on loopback http to the built page's policy, which allows https servers only", () => {
    const built = `<meta http-equiv="Content-Security-Policy" content="default-src &#39;self&#39;; connect-src &#39;self&#39; https:; worker-src &#39;self&#39;">`;
    expect(start({ ALGA_URL: "https://psa.example.com" }, built).indexHtml()).toBe(built);
    const local = start({ ALGA_URL: "http://127.0.0.1:8080" }, built);
    expect(local.indexHtml()).toContain("connect-src &#39;self&#39; https: http://127.0.0.1:8080; worker-src");
    // A restart with another server replaces the one added before.
    const again = start({ ALGA_URL: "http://localhost:9000" }, local.indexHtml());
    expect(again.indexHtml()).toContain("connect-src &#39;self&#39; https: http://localhost:9000; worker-src");
  });
});
