import { useState, type FormEvent } from "react";
import { Navigate, useSearchParams } from "react-router";
import type { RuntimeConfig } from "../config/runtime-config";
import { Button } from "../ui/Button";
import { startSignIn } from "./handoff";
import { normalizeServerAddress } from "../lib/server-address";
import { checkServer, recentServers, rememberServer } from "./server-address";
import { safeReturnTo } from "./return-to";
import { continueWithSessionFromElsewhere, useSessionState, type SessionEndReason } from "./session";
import { SignInError } from "../lib/sign-in-error";
import "./SignInScreen.css";

const endReasons: Record<SessionEndReason, string | null> = {
  "signed-out": "You signed out.",
  expired: "Your session has ended. Sign in again to carry on where you were.",
  revoked: "This device was signed out from the server. Sign in again.",
  switched: "Another account signed in in another window.",
};

export function SignInScreen({ config }: { config: RuntimeConfig }) {
  const [params] = useSearchParams();
  const { session, endReason, elsewhere } = useSessionState();
  const pinned = config.server;
  const [address, setAddress] = useState(() => recentServers()[0]?.replace(/^https:\/\//, "") ?? "");
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const returnTo = safeReturnTo(params.get("returnTo"));

  async function signIn(input: string) {
    setError(null);
    setBusy(true);
    try {
      // A pinned server is already normalised (runtime-config.ts); checked again like a typed one all the same.
      const server = normalizeServerAddress(pinned ?? input);
      await checkServer(server, config.allowedServers);
      if (!pinned) rememberServer(server);
      await startSignIn(server, returnTo);
    } catch (caught) {
      setError(caught instanceof SignInError ? caught.message : "Sign-in could not start. Try again.");
      setBusy(false);
    }
  }

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    void signIn(address);
  }

  // Signed in already: /signin must not quietly start a second session over the first.
  if (session) return <Navigate to={returnTo} replace />;
  const notice = endReason ? endReasons[endReason] : null;
  const elsewhereName = elsewhere ? (elsewhere.user.name ?? elsewhere.user.email ?? "another account") : null;
  return (
    <main className="sign-in">
      <div className="sign-in__card">
        <img src="/favicon.svg" alt="" width="56" height="56" className="sign-in__logo" />
        <h1 className="sign-in__title">Alga Tickets</h1>
        <p className="sign-in__lead">Your Alga PSA tickets, on any device, even offline.</p>
        {notice ? (
          <p className="sign-in__notice" role="status">
            {notice}
          </p>
        ) : null}
        {elsewhere ? (
          <div className="sign-in__elsewhere">
            <p>
              {elsewhereName} is signed in to {new URL(elsewhere.server).host} in another window.
            </p>
            <Button onClick={continueWithSessionFromElsewhere}>Continue as {elsewhereName}</Button>
          </div>
        ) : null}
        <form onSubmit={onSubmit} noValidate>
          {pinned ? (
            <p className="sign-in__server">
              Sign in to <strong>{new URL(pinned).host}</strong>
            </p>
          ) : (
            <>
              <label htmlFor="server-address" className="sign-in__label">
                Alga PSA address
              </label>
              <input
                id="server-address"
                className="control sign-in__input"
                type="url"
                inputMode="url"
                autoComplete="url"
                autoCapitalize="none"
                spellCheck={false}
                placeholder="psa.example.com"
                value={address}
                onChange={(event) => setAddress(event.target.value)}
                aria-describedby={error ? "sign-in-error" : undefined}
                aria-invalid={error ? true : undefined}
              />
            </>
          )}
          {error ? (
            <p id="sign-in-error" className="sign-in__error" role="alert">
              {error}
            </p>
          ) : null}
          <Button type="submit" busy={busy} className="sign-in__submit">
            Sign in
          </Button>
        </form>
        <p className="sign-in__hint">You will sign in on your Alga PSA server's own page, then come back here.</p>
      </div>
    </main>
  );
}
