import { createHash } from "node:crypto";
import { promisify } from "node:util";
import { brotliCompress, constants, gzip } from "node:zlib";
import type { FastifyReply, FastifyRequest } from "fastify";

/**
 * Text compressed as a production host sends it (deploy/nginx.conf gzips; a CDN adds brotli): without it a
 * first visit downloads the 400 KB entry as it is. Compressed off the event loop at the best ratio, once per
 * content: the built files do not change while the sandbox serves them.
 */
const compressors = {
  br: promisify(brotliCompress),
  gzip: promisify(gzip),
};
type Encoding = keyof typeof compressors;

const compressed = new Map<string, Promise<Buffer>>();

const COMPRESSIBLE = /^(text\/|application\/(json|javascript|manifest\+json)|image\/svg\+xml)/;

function acceptedEncoding(request: FastifyRequest): Encoding | null {
  const accepted = String(request.headers["accept-encoding"] ?? "");
  if (/\bbr\b/.test(accepted)) return "br";
  if (/\bgzip\b/.test(accepted)) return "gzip";
  return null;
}

function compress(body: Buffer, encoding: Encoding): Promise<Buffer> {
  const key = `${encoding}:${createHash("sha256").update(body).digest("base64")}`;
  let result = compressed.get(key);
  if (!result) {
    result =
      encoding === "br"
        ? compressors.br(body, { params: { [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY } })
        : compressors.gzip(body, { level: constants.Z_BEST_COMPRESSION });
    compressed.set(key, result);
  }
  return result;
}

/** Sends `body` of `type`, compressed when it is text and the client takes brotli or gzip. */
export async function sendCompressed(request: FastifyRequest, reply: FastifyReply, type: string, body: Buffer): Promise<FastifyReply> {
  reply.type(type);
  if (!COMPRESSIBLE.test(type)) return reply.send(body);
  reply.header("Vary", "Accept-Encoding");
  const encoding = acceptedEncoding(request);
  if (!encoding) return reply.send(body);
  return reply.header("Content-Encoding", encoding).send(await compress(body, encoding));
}
