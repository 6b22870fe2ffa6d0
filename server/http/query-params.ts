import type { FastifyRequest } from "fastify";
import { z } from "zod";

/** The query string as the real routes see it (URLSearchParams → object: the last repeat wins). */
export function queryObject(request: FastifyRequest): Record<string, string> {
  const params = new URLSearchParams(request.url.split("?")[1] ?? "");
  const result: Record<string, string> = {};
  params.forEach((value, key) => {
    result[key] = value;
  });
  return result;
}

// zod 3's uuid check as the real server validates ids: the 8-4-4-4-12 hex shape, any version.
export const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export const uuid = () => z.string().regex(UUID_PATTERN, { message: "Invalid uuid" });
export const isUuid = (value: string) => UUID_PATTERN.test(value);

/** Query booleans must be exactly "true" or "false" (contract §1.4). */
export const queryBoolean = () =>
  z
    .string()
    .refine((value) => value === "true" || value === "false", { message: "Invalid boolean value" })
    .transform((value) => value === "true");

/** ISO datetimes must end in Z (zod 3 `datetime()` semantics, contract §1.4). */
export const isoDateTime = () => z.iso.datetime({ message: "Invalid datetime" });

export const positiveIntegerString = (max?: number) =>
  z
    .string()
    .transform((value) => parseInt(value, 10))
    .pipe(max === undefined ? z.number().int().min(1) : z.number().int().min(1).max(max));

/** Comma-separated or JSON-array lists. */
export function parseList(value: string): unknown {
  const trimmed = value.trim();
  if (trimmed.startsWith("[")) {
    try {
      return JSON.parse(trimmed);
    } catch {
      return [trimmed];
    }
  }
  return trimmed
    .split(",")
    .map((item) => item.trim())
    .filter(Boolean);
}
