import type { FastifyInstance, FastifyRequest } from "fastify";

/**
 * Transport limit of the real server: Next.js buffers at most `proxyClientMaxBodySize` (100 MB) of a body
 * passing its middleware; a larger upload is cut short, its multipart parsing fails and the answer is 500
 * (field-kit contract §3.2). Here the route refuses it, which the error handler also turns into a 500.
 */
export const TRANSPORT_BODY_LIMIT = 100 * 1024 * 1024;

/** Multipart bodies are kept as raw bytes (the text parser every other route uses would mangle binary parts). */
export function keepMultipartBytes(scope: FastifyInstance): void {
  scope.addContentTypeParser("multipart/form-data", { parseAs: "buffer", bodyLimit: TRANSPORT_BODY_LIMIT }, (_request, body, done) =>
    done(null, body),
  );
}

/**
 * `req.formData()` as the real route calls it, with the same WHATWG parser (Node's fetch): a body that is
 * not multipart (JSON, nothing) makes it throw, which the error handler answers with a 500, as the real server does.
 */
export function formDataOf(request: FastifyRequest): Promise<FormData> {
  const contentType = request.headers["content-type"];
  const body = Buffer.isBuffer(request.body) ? new Uint8Array(request.body) : typeof request.body === "string" ? request.body : undefined;
  const webRequest = new Request("http://sandbox.invalid/", {
    method: "POST",
    headers: contentType ? { "content-type": contentType } : {},
    body,
  });
  return webRequest.formData();
}
