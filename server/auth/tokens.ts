import { createHash, randomBytes, randomUUID, timingSafeEqual } from "node:crypto";

// Token formats of the real server (contract §3.2, §3.5): only their SHA-256 digests are stored.
export const newAccessToken = () => randomBytes(32).toString("hex");
export const newRefreshToken = () => randomBytes(32).toString("base64url");
export const newOneTimeToken = () => randomBytes(24).toString("base64url");
export const newWebSessionToken = () => randomBytes(32).toString("base64url");
export const newId = () => randomUUID();

export function sha256Hex(value: string): string {
  return createHash("sha256").update(value).digest("hex");
}

/** Compares a secret a caller sent with the one expected, in time that does not depend on where they differ. */
export function sameSecret(sent: string, expected: string): boolean {
  const [a, b] = [Buffer.from(sent), Buffer.from(expected)];
  return a.length === b.length && timingSafeEqual(a, b);
}
