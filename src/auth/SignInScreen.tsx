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
import { useT } from "../i18n/active-language";
import type { MessageKey } from "../i18n/catalogue-types";
import { RichText } from "../i18n/RichText";
import { signInErrorText } from "./sign-in-error-text";
import "./SignInScreen.css";

const endReasons: Record<SessionEndReason, MessageKey> = {
  "signed-out": "auth.endSignedOut",
  expired: "auth.endExpired",
  revoked: "auth.endRevoked",
  switched: "auth.endSwitched",
};

export function SignInScreen({ config }: { config: RuntimeConfig }) {
  const t = useT();
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
      setError(caught instanceof SignInError ? signInErrorText(caught) : t("auth.couldNotStart"));
      setBusy(false);
    }
  }

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    void signIn(address);
  }

  // Signed in already: /signin must not quietly start a second session over the first.
  if (session) return <Navigate to={returnTo} replace />;
  const notice = endReason ? t(endReasons[endReason]) : null;
  const elsewhereName = elsewhere ? (elsewhere.user.name ?? elsewhere.user.email ?? t("auth.anotherAccount")) : null;
  return (
    <main className="sign-in">
      <div className="sign-in__card">
        <img src="/favicon.svg" alt="" width="56" height="56" className="sign-in__logo" />
        <h1 className="sign-in__title">{t("app.appName")}</h1>
        <p className="sign-in__lead">{t("auth.lead")}</p>
        {notice ? (
          <p className="sign-in__notice" role="status">
            {notice}
          </p>
        ) : null}
        {elsewhere ? (
          <div className="sign-in__elsewhere">
            <p>{t("auth.elsewhere", { name: elsewhereName!, host: new URL(elsewhere.server).host })}</p>
            <Button onClick={continueWithSessionFromElsewhere}>{t("auth.continueAs", { name: elsewhereName! })}</Button>
          </div>
        ) : null}
        <form onSubmit={onSubmit} noValidate>
          {pinned ? (
            <p className="sign-in__server">
              <RichText text={t("auth.signInTo")} parts={{ host: <strong>{new URL(pinned).host}</strong> }} />
            </p>
          ) : (
            <>
              <label htmlFor="server-address" className="sign-in__label">
                {t("auth.addressLabel")}
              </label>
              <input
                id="server-address"
                className="control sign-in__input"
                type="url"
                inputMode="url"
                autoComplete="url"
                autoCapitalize="none"
                spellCheck={false}
                placeholder={t("auth.addressExample")}
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
            {t("auth.signIn")}
          </Button>
        </form>
        <p className="sign-in__hint">{t("auth.hint")}</p>
      </div>
    </main>
  );
}
