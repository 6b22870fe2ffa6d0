import type { FastifyInstance, HTTPMethods } from "fastify";

/** Next.js answers a method the route file does not export with an empty 405 (fieldkit §2.3, §5.3). */
export function registerMethodNotAllowed(app: FastifyInstance, url: string, methods: HTTPMethods[]): void {
  app.route({ method: methods, url, handler: async (_request, reply) => reply.code(405).send() });
}
