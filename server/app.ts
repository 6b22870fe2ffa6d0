import Fastify from "fastify";
import { randomBytes } from "node:crypto";
import { listenOnBothLoopbacks } from "./http/loopback-listener";
import { fileURLToPath } from "node:url";
import type { SandboxContext } from "./context";
import type { Database } from "./db/database";
import { registerApiKeyCheck } from "./auth/api-key";
import { readMobileAuthConfig } from "./auth/mobile-auth-config";
import { createLimiters } from "./auth/rate-limiter";
import { lockDataFolder } from "./db/data-folder-lock";
import { needsSeed, openDatabase, restoreDatabase } from "./db/database";
import { seedDatabase } from "./db/seed/seed";
import { FaultState } from "./faults/fault-settings";
import { registerFaults } from "./faults/fault-hooks";
import { sendApiError, toApiError } from "./http/api-error";
import { registerCors } from "./http/cors";
import { keepRawBodies } from "./http/request-body";
import { registerSecurityHeaders } from "./http/security-headers";
import { registerStaticApp } from "./http/static-app";
import { registerApiRoutes } from "./routes/api-routes";
import { registerControl } from "./routes/control";
import { registerHandoff } from "./routes/handoff";
import { registerMobileAuth } from "./routes/mobile-auth";
import { registerWebSignIn } from "./routes/web-signin";

export interface SandboxOptions {
  port?: number;
  host?: string;
  control?: boolean;
  dataDir?: string | null;
  ticketCount?: number;
  distDir?: string | null;
  /** What /config.json pins the app to; default the request's own origin; `null` pins nothing (the app asks for an address). */
  algaUrl?: string | null;
  log?: boolean;
  /**
   * Tests: an in-memory database restored from this dump of one seeded with `ticketCount` tickets,
   * instead of a fresh seed (ignored with a `dataDir`). Resets still seed afresh.
   */
  seedSnapshot?: Blob;
  /** How long a seed (at start or on reset) may take before it is rolled back with an error (default 60 s + 60 ms a ticket). */
  seedTimeoutMs?: number;
}

export interface Sandbox {
  url: string;
  port: number;
  /** With `control`: the token that opens the control interface to callers other than local test code. */
  controlToken?: string;
  close(): Promise<void>;
}

const defaultDistDir = fileURLToPath(new URL("../dist", import.meta.url));

export const DEFAULT_TICKET_COUNT = 400;

/** Generous, and in proportion to the seed: a slow machine must still start; only a stalled seed ends. */
export function defaultSeedTimeoutMs(ticketCount: number): number {
  return 60_000 + ticketCount * 60;
}

/** One process, one origin: the built app, the sandbox Alga API, its web sign-in and (for tests) control. */
export async function startSandbox(options: SandboxOptions = {}): Promise<Sandbox> {
  const ticketCount = options.ticketCount ?? DEFAULT_TICKET_COUNT;
  const seedTimeoutMs = options.seedTimeoutMs ?? defaultSeedTimeoutMs(ticketCount);
  const log = options.log ? (line: string) => console.log(`[sandbox] ${line}`) : () => {};
  const lock = options.dataDir ? lockDataFolder(options.dataDir) : undefined;
  let db: Database;
  try {
    db =
      options.seedSnapshot && !options.dataDir
        ? await restoreDatabase(options.seedSnapshot)
        : await openDatabase(options.dataDir ?? null, log);
    if (await needsSeed(db)) await seedDatabase(db, ticketCount, seedTimeoutMs);
  } catch (error) {
    lock?.release();
    throw error;
  }

  const faults = new FaultState();
  const context: SandboxContext = {
    db,
    faults,
    limiters: createLimiters(),
    mobileAuthConfig: () => readMobileAuthConfig(faults.settings),
    ticketCount,
    seedTimeoutMs,
    deployment: { version: 0 },
    log,
  };

  const app = Fastify({ logger: false, bodyLimit: 1_048_576 });
  keepRawBodies(app);
  app.setErrorHandler((error, request, reply) => {
    const apiError = toApiError(error);
    // Unexpected failures are a sandbox bug worth seeing; the message carries no request data.
    if (apiError.code === "INTERNAL_ERROR" && error instanceof Error && error.message !== apiError.message) {
      log(`unexpected error on ${request.method} ${request.url.split("?")[0]}: ${error.message}`);
    }
    return sendApiError(reply, apiError);
  });
  if (options.log) {
    // Method, path without query, status and time only: queries may carry search text, URLs may carry tokens.
    app.addHook("onResponse", async (request, reply) => {
      log(`${request.method} ${request.url.split("?")[0]} ${reply.statusCode} ${reply.elapsedTime.toFixed(0)}ms`);
    });
  }
  registerSecurityHeaders(app);
  registerCors(app);
  registerFaults(app, context);
  registerApiKeyCheck(app, context);
  registerMobileAuth(app, context);
  registerApiRoutes(app, context);
  registerWebSignIn(app, context);
  registerHandoff(app, context);
  const controlToken = options.control ? randomBytes(16).toString("hex") : undefined;
  if (controlToken) registerControl(app, context, controlToken);
  registerStaticApp(app, {
    distDir: options.distDir === undefined ? defaultDistDir : options.distDir,
    algaUrl: options.algaUrl,
    deployment: context.deployment,
  });

  const host = options.host ?? "localhost";
  await app.listen({ port: options.port ?? 8080, host });
  const address = app.server.address();
  const port = typeof address === "object" && address ? address.port : (options.port ?? 8080);
  const extraListener = host === "localhost" ? await listenOnBothLoopbacks(app, port) : undefined;
  return {
    url: `http://localhost:${port}`,
    port,
    controlToken,
    async close() {
      await extraListener?.close();
      await app.close();
      await db.close();
      lock?.release();
    },
  };
}
