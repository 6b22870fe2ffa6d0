import { writeStoredSession } from "../auth/session-store";

/** Stores a session for `userId` on `server`, as a sign-in would: user data is written only for the signed-in account. */
export function storeSessionFor(server: string, userId: string): Promise<void> {
  return writeStoredSession({
    server,
    accessToken: "access",
    refreshToken: "refresh",
    expiresAtMs: Date.now() + 60_000,
    tenantId: "tenant-1",
    user: { id: userId },
  });
}
