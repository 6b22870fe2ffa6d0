import Fastify from "fastify";
import { listenOnBothLoopbacks } from "./http/loopback-listener";
import { fileURLToPath } from "node:url";
import type { SandboxContext } from "./context";
import { registerApiKeyCheck } from "./auth/api-key";
import { readMobileAuthConfig } from "./auth/mobile-auth-config";
import { createMobileAuthLimiters } from "./auth/rate-limiter";
import { openDatabase } from "./db/database";
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
}

export interface Sandbox {
  url: string;
  port: number;
  close(): Promise<void>;
}

const defaultDistDir = fileURLToPath(new URL("../dist", import.meta.url));

/** One process, one origin: the built app, the sandbox Alga API, its web sign-in and (for tests) control. */
export async function startSandbox(options: SandboxOptions = {}): Promise<Sandbox> {
  const ticketCount = options.ticketCount ?? 400;
  const { db, isNew } = await openDatabase(options.dataDir ?? null);
  if (isNew) await seedDatabase(db, ticketCount);

  const faults = new FaultState();
  const log = options.log ? (line: string) => console.log(`[sandbox] ${line}`) : () => {};
  const context: SandboxContext = {
    db,
    faults,
    limiters: createMobileAuthLimiters(),
    mobileAuthConfig: () => readMobileAuthConfig(faults.settings),
    ticketCount,
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
  if (options.control) registerControl(app, context);
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
    async close() {
      await extraListener?.close();
      await app.close();
      await db.close();
    },
  };
}
