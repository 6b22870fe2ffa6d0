import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { readFile, stat } from "node:fs/promises";
import path from "node:path";
import { LOOPBACK_SOURCES } from "../../scripts/content-security-policy";
import { sendCompressed } from "./compression";
import { requestOrigin } from "./request-origin";
import { decodedPath } from "./routed-path";

const CONTENT_TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".webmanifest": "application/manifest+json; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".webp": "image/webp",
  ".woff2": "font/woff2",
  ".txt": "text/plain; charset=utf-8",
  ".map": "application/json; charset=utf-8",
};

// Paths the server owns: never answered with the app shell.
const SERVER_PATHS = [/^\/api\//, /^\/auth\/mobile\//, /^\/auth\/signin(\/|\?|$)/, /^\/auth\/msp\//, /^\/__sandbox\//];

const IMMUTABLE = "public, max-age=31536000, immutable";

export interface StaticAppOptions {
  distDir: string | null;
  algaUrl: string | null | undefined;
  deployment: { version: number };
}

/** The built app: hashed assets cached forever, the shell revalidated, SPA fallback for navigations. */
export function registerStaticApp(app: FastifyInstance, options: StaticAppOptions): void {
  // Generated per request, never written into dist: several sandboxes may serve one build at once.
  app.get("/config.json", async (request, reply) => {
    const server = options.algaUrl === undefined ? requestOrigin(request) : options.algaUrl;
    const config = server === null ? {} : { server };
    reply.header("Cache-Control", "no-cache");
    return sendCompressed(request, reply, "application/json; charset=utf-8", Buffer.from(JSON.stringify(config)));
  });

  app.setNotFoundHandler(async (request, reply) => {
    const pathname = decodedPath(request);
    const isRead = request.method === "GET" || request.method === "HEAD";
    if (!isRead || !options.distDir || SERVER_PATHS.some((pattern) => pattern.test(pathname))) return notFound(request, reply);
    const file = await findFile(options.distDir, pathname);
    if (file)
      return sendFile(
        request,
        reply,
        file,
        cacheControlFor(pathname),
        pathname === "/sw.js" ? deployMarker(options.deployment.version) : "",
      );
    // A missing file (it has an extension) is a 404; anything else is a route of the app.
    if (path.extname(pathname)) return notFound(request, reply);
    return sendFile(request, reply, path.join(options.distDir, "index.html"), cacheControlFor(pathname));
  });
}

/** As deploy/nginx.conf: hashed assets a year, the sign-in callback (a one-time token in its address) never stored. */
function cacheControlFor(pathname: string): string {
  if (pathname.startsWith("/assets/")) return IMMUTABLE;
  return pathname === "/auth/callback" ? "no-store" : "no-cache";
}

async function findFile(root: string, pathname: string): Promise<string | undefined> {
  const resolved = path.resolve(root, `.${path.posix.normalize(pathname)}`);
  if (!resolved.startsWith(path.resolve(root) + path.sep)) return undefined;
  try {
    return (await stat(resolved)).isFile() ? resolved : undefined;
  } catch {
    return undefined;
  }
}

/** A byte changed in sw.js is what a browser takes for a new version of the app. */
function deployMarker(version: number): string {
  return version > 0 ? `\n// sandbox deploy ${version}\n` : "";
}

async function sendFile(
  request: FastifyRequest,
  reply: FastifyReply,
  file: string,
  cacheControl: string,
  suffix = "",
): Promise<FastifyReply> {
  let content: Buffer;
  try {
    content = await readFile(file);
  } catch {
    return reply.code(404).type("text/plain; charset=utf-8").send("The app is not built. Run `npm run build` first.");
  }
  const type = CONTENT_TYPES[path.extname(file)] ?? "application/octet-stream";
  if (path.extname(file) === ".html") content = Buffer.from(withLoopbackConnectSrc(content.toString("utf8")));
  reply.header("Cache-Control", cacheControl);
  return sendCompressed(request, reply, type, suffix ? Buffer.concat([content, Buffer.from(suffix)]) : content);
}

/**
 * The built page's <meta> policy lets the app call https servers only, and a page obeys its meta and the
 * header both: this sandbox, on loopback http, adds itself there as its header does.
 */
function withLoopbackConnectSrc(html: string): string {
  return html.replace(/(http-equiv="Content-Security-Policy" content="[^"]*?connect-src [^"]*?https:)/, `$1 ${LOOPBACK_SOURCES}`);
}

function notFound(request: FastifyRequest, reply: FastifyReply): FastifyReply {
  if (decodedPath(request).startsWith("/api/")) {
    return reply.code(404).send({ error: { code: "NOT_FOUND", message: "Not found" } });
  }
  return reply.code(404).type("text/plain; charset=utf-8").send("Not found");
}
