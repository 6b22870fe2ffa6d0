import { exchangeOneTimeToken, handoffUrl } from "../api/auth";
import { ApiError } from "../api/errors";
import { deviceInfo } from "./device";
import { PENDING_MAX_AGE_MS, randomState, savePendingSignIn, takePendingSignIn } from "./pending-sign-in";
import { revokeOrRemember } from "./pending-revocations";
import { saveSession, type Session } from "./session";
import { readStoredSession } from "./session-store";
import { handoffError, SignInError } from "../lib/sign-in-error";
import { CALLBACK_PATH, type CallbackParams } from "./callback-params";
import { t } from "../i18n/active-language";
import { errorText } from "./error-text";

/**
 * Leaves for the server's sign-in in the same window: a popup or new tab would, on iOS, open
 * Safari with its own storage instead of coming back into the installed app.
 */
export async function startSignIn(server: string, returnTo: string, navigate = (url: string) => location.assign(url)): Promise<void> {
  const state = randomState();
  await savePendingSignIn({ state, server, createdAtMs: Date.now(), returnTo });
  navigate(handoffUrl(server, `${location.origin}${CALLBACK_PATH}`, state));
}

export interface CompletedSignIn {
  session: Session;
  returnTo: string;
}

/**
 * Validates the callback against the pending sign-in and exchanges the token. The pending record is
 * consumed first, so a second run (a reload, React running effects twice) can never exchange again.
 */
export async function completeSignIn(params: CallbackParams | null, now = Date.now()): Promise<CompletedSignIn> {
  const pending = await takePendingSignIn();
  if (!params || (!params.ott && !params.state && !params.error)) {
    throw new SignInError("no_callback", t("auth.errorNoCallback"));
  }
  if (!pending) {
    // Also where an installed app's sign-in came back in a browser tab, whose storage is separate (see README).
    throw new SignInError("no_pending", t("auth.errorNoPending"));
  }
  if (params.state !== pending.state) {
    throw new SignInError("state_mismatch", t("auth.errorStateMismatch"));
  }
  if (params.error) throw handoffError(params.error);
  if (!params.ott) throw new SignInError("missing_token", t("auth.errorMissingToken"));
  if (now - pending.createdAtMs > PENDING_MAX_AGE_MS) {
    throw new SignInError("stale", t("auth.errorStale"));
  }

  try {
    const result = await exchangeOneTimeToken(pending.server, { ott: params.ott, state: params.state, device: await deviceInfo() });
    const session: Session = {
      server: pending.server,
      accessToken: result.accessToken,
      refreshToken: result.refreshToken,
      expiresAtMs: now + result.expiresInSec * 1000,
      tenantId: result.tenantId,
      user: result.user,
    };
    const replaced = await readStoredSession();
    await saveSession(session);
    // A sign-in over another session (another window's, or a second sign-in) ends that one on its
    // server too: each exchange is an independent 30-day session.
    if (replaced && replaced.refreshToken !== session.refreshToken) void revokeOrRemember(replaced.server, replaced.refreshToken);
    return { session, returnTo: pending.returnTo };
  } catch (error) {
    throw exchangeError(error);
  }
}

function exchangeError(error: unknown): SignInError {
  if (!(error instanceof ApiError)) return new SignInError("unknown", t("auth.errorUnexpected"));
  if (error.kind === "unauthorized") return new SignInError("expired_link", t("auth.errorExpiredLink"));
  // The server's own reason stays as it sent it.
  if (error.kind === "forbidden") return new SignInError("mobile_disabled", t("auth.errorForbidden", { reason: error.message }));
  // No network, a timeout, a server error: said in the user's language (the server's own words stay as sent).
  return new SignInError(error.kind, errorText(error));
}
