import { execFileSync, spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { findNginx } from "../scripts/nginx";
import { freePort } from "./kit/free-port";

const fromRoot = (path: string) => fileURLToPath(new URL(`../${path}`, import.meta.url));

export interface NginxSite {
  url: string;
  /** What nginx wrote to its access log so far. */
  accessLog: () => Promise<string>;
  close: () => Promise<void>;
}

/**
 * Serves a copy of dist/ with the distribution's nginx and deploy/nginx.conf, as the image does:
 * deploy/write-config.sh writes config.json from `env`, the security headers are put where the image
 * puts them, and the site's port and root are the only lines changed. nginx runs in the foreground as a child, with its pid, logs and temp files in a
 * temp folder.
 */
export async function serveWithNginx(env: { ALGA_URL?: string; ALGA_ALLOWED_SERVERS?: string }): Promise<NginxSite> {
  const nginx = findNginx();
  if (!nginx) throw new Error("No nginx: install it (Debian: `apt-get install nginx`) or set NGINX_PATH.");
  const dir = await mkdtemp(join(tmpdir(), "alga-nginx-"));
  const html = join(dir, "html");
  await cp(fromRoot("dist"), html, { recursive: true });
  execFileSync("sh", [fromRoot("deploy/write-config.sh")], { env: { ...process.env, ...env, ALGA_HTML_DIR: html, ALGA_NGINX_DIR: dir } });

  const port = await freePort();
  await writeFile(join(dir, "site.conf"), placeSite(await readFile(fromRoot("deploy/nginx.conf"), "utf8"), port, html));
  await cp(fromRoot("deploy/security-headers.conf"), join(dir, "alga-security-headers.conf"));
  await mkdir(join(dir, "temp"));
  const mimeTypes = "/etc/nginx/mime.types";
  await writeFile(
    join(dir, "nginx.conf"),
    `daemon off;
master_process off;
pid ${dir}/nginx.pid;
error_log ${dir}/error.log;
events { worker_connections 64; }
http {
  ${existsSync(mimeTypes) ? `include ${mimeTypes};` : ""}
  access_log ${dir}/access.log;
  client_body_temp_path ${dir}/temp/body;
  proxy_temp_path ${dir}/temp/proxy;
  fastcgi_temp_path ${dir}/temp/fastcgi;
  uwsgi_temp_path ${dir}/temp/uwsgi;
  scgi_temp_path ${dir}/temp/scgi;
  include site.conf;
}
`,
  );
  const child = spawn(nginx, ["-p", dir, "-c", join(dir, "nginx.conf"), "-e", join(dir, "error.log")], { stdio: "ignore" });
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const url = `http://localhost:${port}`;
  const close = async () => {
    child.kill();
    await exited;
    await rm(dir, { recursive: true, force: true });
  };
  try {
    await waitUntilServing(url, exited);
  } catch (error) {
    const log = await readFile(join(dir, "error.log"), "utf8").catch(() => "");
    await close();
    throw new Error(`nginx did not start: ${String(error)}\n${log}`, { cause: error });
  }
  return { url, accessLog: () => readFile(join(dir, "access.log"), "utf8").catch(() => ""), close };
}

function placeSite(site: string, port: number, root: string): string {
  const moves: [string, string][] = [
    ["listen 80;", `listen 127.0.0.1:${port};`],
    ["root /usr/share/nginx/html;", `root ${root};`],
  ];
  return moves.reduce((text, [from, to]) => {
    if (!text.includes(from)) throw new Error(`deploy/nginx.conf no longer has "${from}"`);
    return text.replace(from, to);
  }, site);
}

async function waitUntilServing(url: string, exited: Promise<void>): Promise<void> {
  let stopped = false;
  void exited.then(() => (stopped = true));
  for (const deadline = Date.now() + 10_000; Date.now() < deadline && !stopped;) {
    const ok = await fetch(`${url}/config.json`).then(
      (response) => response.ok,
      () => false,
    );
    if (ok) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(stopped ? "it exited" : "no answer within 10 s");
}
