import { refreshTokens } from "../api/auth";
import { ApiError } from "../api/errors";
import type { ApiSession } from "../api/client";
import { withWebLock } from "../lib/web-lock";
import { getDeviceId } from "./device";
import { endSession, saveSession, syncWithStorage, type Session } from "./session";
import { readStoredSession } from "./session-store";

let inFlight: Promise<Session | null> | null = null;

/** The lock sign-out also takes, so a refresh in flight finishes (or fails) before the wipe, never after. */
export const REFRESH_LOCK = "alga.refresh";

/**
 * Refreshes after `failedAccessToken` stopped working. Single-flight in this tab (one shared promise)
 * and across tabs (a Web Lock): the server rotates the refresh token on every call and answers 401 to
 * a second refresh with the same token (contract §3.5), so two tabs must never send the same one.
 * Resolves to the session to use, or null when the session is over for good.
 */
export function refreshSession(failed: ApiSession): Promise<Session | null> {
  // Without Web Locks (old engines) the in-tab single flight and the re-read below still keep one tab from refreshing twice.
  inFlight ??= withWebLock(REFRESH_LOCK, () => refreshUnlessDone(failed)).finally(() => {
    inFlight = null;
  });
  return inFlight;
}

async function refreshUnlessDone(failed: ApiSession): Promise<Session | null> {
  const stored = await readStoredSession();
  // Signed out, or another account signed in elsewhere: never retry a request of one account with
  // another's session. The tab learns what happened and shows the sign-in screen.
  if (!stored || stored.server !== failed.server || stored.user.id !== failed.userId) {
    await syncWithStorage(null);
    return null;
  }
  // Another tab may have refreshed while this one waited for the lock: use its result.
  if (stored.accessToken !== failed.accessToken) {
    await syncWithStorage(null);
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
