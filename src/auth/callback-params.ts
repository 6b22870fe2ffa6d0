/** The path the server's sign-in comes back to (contract §3.2): the browser router's, not a hash. */
export const CALLBACK_PATH = "/auth/callback";

/** The query of the callback URL, taken once at start-up (see captureCallbackParams). */
export interface CallbackParams {
  ott: string | null;
  state: string | null;
  error: string | null;
}

/**
 * Reads `ott`/`state` from the address bar and replaces the history entry with the bare callback path
 * before anything else runs, so the one-time token is in neither the address bar nor the history.
 */
export function captureCallbackParams(loc: Location = location, hist: History = history): CallbackParams | null {
  if (loc.pathname !== CALLBACK_PATH) return null;
  const params = new URLSearchParams(loc.search);
  hist.replaceState(hist.state, "", CALLBACK_PATH);
  return { ott: params.get("ott"), state: params.get("state"), error: params.get("error") };
}
