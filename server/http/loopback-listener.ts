import type { FastifyInstance } from "fastify";
import { createServer, type Server } from "node:http";

const LOOPBACKS = ["127.0.0.1", "::1"];

/**
 * Fastify binds "localhost" to whatever the resolver returns, which on some machines is only
 * 127.0.0.1 (or only ::1). Browsers may try either, and the e2e tests open the app on localhost and
 * the API on 127.0.0.1, so the loopback Fastify missed gets a second listener on the same port.
 * A machine without IPv6 simply keeps the one it has.
 */
export async function listenOnBothLoopbacks(app: FastifyInstance, port: number): Promise<{ close(): Promise<void> } | undefined> {
  const bound = new Set(app.addresses().map((address) => (typeof address === "string" ? address : address.address)));
  const missing = LOOPBACKS.find((address) => !bound.has(address));
  if (!missing) return undefined;
  const server = createServer((request, response) => app.routing(request, response));
  return new Promise((resolve) => {
    server.once("error", () => resolve(undefined));
    server.listen(port, missing, () => resolve({ close: () => closeServer(server) }));
  });
}

function closeServer(server: Server): Promise<void> {
  server.closeAllConnections();
  return new Promise((resolve) => server.close(() => resolve()));
}
