/**
 * What the startup bench serves the floor page through, from its build folder, the way a production static
 * host does: text gzipped, hashed assets cached for a year, everything else revalidated, the strict CSP.
 */
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { headerPolicy } from "../scripts/content-security-policy";

export interface Served {
  url: string;
  close(): Promise<void>;
}

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".svg": "image/svg+xml",
};

const CSP = headerPolicy();

function isText(type: string): boolean {
  return /^(text\/|application\/(json|javascript|manifest\+json)|image\/svg)/.test(type);
}

/** Sends `body`, gzipped when the client takes it and it is text. */
function send(
  request: IncomingMessage,
  response: ServerResponse,
  status: number,
  headers: Record<string, string | string[]>,
  body: Buffer,
) {
  const gzip = isText(String(headers["content-type"] ?? "")) && /\bgzip\b/.test(String(request.headers["accept-encoding"] ?? ""));
  const payload = gzip ? gzipSync(body) : body;
  response.writeHead(status, { ...headers, ...(gzip ? { "content-encoding": "gzip", vary: "accept-encoding" } : {}) });
  response.end(payload);
}

async function listen(handler: (request: IncomingMessage, response: ServerResponse) => Promise<void>): Promise<Served> {
  const server = createServer((request, response) => {
    handler(request, response).catch(() => {
      if (!response.headersSent) response.writeHead(502);
      response.end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** A built single-page app from `root`: files as they are, any other path answered with index.html. */
export function serveBuild(root: string): Promise<Served> {
  return listen(async (request, response) => {
    const pathname = new URL(request.url ?? "/", "http://localhost").pathname;
    const file = path.join(root, path.posix.normalize(pathname));
    const found = file.startsWith(root) && path.extname(file) ? await readFile(file).catch(() => null) : null;
    const target = found ? file : path.join(root, "index.html");
    const body = found ?? (await readFile(target));
    send(
      request,
      response,
      200,
      {
        "content-type": TYPES[path.extname(target)] ?? "application/octet-stream",
        "cache-control": pathname.startsWith("/assets/") ? "public, max-age=31536000, immutable" : "no-cache",
        "content-security-policy": CSP,
      },
      body,
    );
  });
}
