import { refreshTokens } from "../api/auth";
import { ApiError } from "../api/errors";
import { withWebLock } from "../lib/web-lock";
import { getDeviceId } from "./device";
import { adoptSession, endSession, saveSession, type Session } from "./session";
import { readStoredSession } from "./session-store";

let inFlight: Promise<Session | null> | null = null;

/**
 * Refreshes after `failedAccessToken` stopped working. Single-flight in this tab (one shared promise)
 * and across tabs (a Web Lock): the server rotates the refresh token on every call and answers 401 to
 * a second refresh with the same token (contract §3.5), so two tabs must never send the same one.
 * Resolves to the session to use, or null when the session is over for good.
 */
export function refreshSession(failedAccessToken: string): Promise<Session | null> {
  inFlight ??= withWebLock("alga.refresh", () => refreshUnlessDone(failedAccessToken)).finally(() => {
    inFlight = null;
  });
  return inFlight;
}

async function refreshUnlessDone(failedAccessToken: string): Promise<Session | null> {
  // Another tab may have refreshed while this one waited for the lock: use its result.
  const stored = await readStoredSession();
  if (!stored) {
    adoptSession(null);
    return null;
  }
  if (stored.accessToken !== failedAccessToken) {
    adoptSession(stored);
    return stored;
  }
  try {
    const result = await refreshTokens(stored.server, {
      refreshToken: stored.refreshToken,
      device: { platform: "web", deviceId: await getDeviceId() },
    });
    const next: Session = {
      ...stored,
      accessToken: result.accessToken,
      refreshToken: result.refreshToken,
      expiresAtMs: Date.now() + result.expiresInSec * 1000,
    };
    await saveSession(next);
    return next;
  } catch (error) {
    // Revoked or expired: the session is over. A network error, 429 or 5xx is not: keep it and let the caller retry.
    if (error instanceof ApiError && (error.kind === "unauthorized" || error.kind === "forbidden")) {
      await endSession("expired");
      return null;
    }
    throw error;
  }
}
