import { useQueryClient } from "@tanstack/react-query";
import { useEffect, useState } from "react";
import { useNavigate } from "react-router";
import { useOutboxQueue } from "../tickets/changes/ticket-outbox";
import { outboxKey, readQueue } from "../offline/outbox-store";
import { dropTimerSession } from "../tickets/timer/save-timer";
import { formatElapsed } from "../lib/duration";
import { isRunning, workedMs } from "../tickets/timer/timer-clock";
import { editTimer, paused, readTimer, timerKey, useTimer } from "../tickets/timer/timer-store";
import { useTimerNow } from "../tickets/timer/use-timer-now";
import { apiClient } from "../api/app-client";
import { formatBytes } from "../lib/format-bytes";
import { activeLocale } from "../lib/user-locale";
import { DocumentStorage } from "../tickets/documents/DocumentStorage";
import { clearCachedTickets, readStorageState, requestPersistentStorage, type StorageState } from "../offline/storage";
import { isIosBrowser } from "../pwa/install-hint";
import { WhatArrives } from "./WhatArrives";
import { ServerSupport } from "./ServerSupport";
import { LanguageSetting } from "./LanguageSetting";
import { useT } from "../i18n/active-language";
import { Button } from "../ui/Button";
import { TopBar } from "../ui/TopBar";
import { sessionScope, useSession } from "../auth/session";
import { signOut } from "../auth/sign-out";
import "./SettingsScreen.css";

export function SettingsScreen() {
  const t = useT();
  const session = useSession();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const unsent = useOutboxQueue().length;
  const timer = useTimer();
  const now = useTimerNow(timer);
  const api = apiClient();
  const [signingOut, setSigningOut] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const [storage, setStorage] = useState<StorageState | null>(null);
  const [cleared, setCleared] = useState(false);

  useEffect(() => {
    void readStorageState().then(setStorage);
  }, [cleared]);

  if (!session) return null;
  const [server, userId] = sessionScope(session);

  async function onSignOut() {
    if (!session) return;
    // Read from the device, not the screen's copies (nor the outbox's runner, a chunk of its own): a tap right after
    // Settings opened must still warn.
    const [queued, timerNow] = await Promise.all([readQueue(outboxKey(server, userId)), readTimer(timerKey(session))]);
    if ((queued.length > 0 || timerNow) && !confirming) {
      setConfirming(true);
      return;
    }
    setSigningOut(true);
    if (timerNow) await dropTimerSession(api, timerNow);
    await signOut(session, () => queryClient.clear());
    void navigate("/signin", { replace: true });
  }

  async function stopAndLogTimer() {
    if (!session || !timer) return;
    await editTimer(timerKey(session), (current) => current && paused(current));
    void navigate(`/tickets/${encodeURIComponent(timer.ticketId)}`, { state: { sheet: "timerStop" } });
  }

  const lost = unsent + (timer ? 1 : 0);
  const rows: [string, string][] = [
    [t("settings.name"), session.user.name ?? "—"],
    [t("settings.email"), session.user.email ?? "—"],
    [t("settings.server"), session.server],
    [t("settings.tenant"), session.tenantId],
    [t("settings.appVersion"), t("settings.versionValue", { version: __APP_VERSION__, build: __APP_BUILD__ })],
  ];
  const timerState = timer && {
    ticket: timer.ticketNumber,
    elapsed: formatElapsed(workedMs(timer.runs, now)),
  };
  return (
    <div className="screen">
      <TopBar title={t("settings.title")} back={{ to: "/tickets", label: t("settings.back") }} />
      <main className="settings">
        <section aria-labelledby="account-heading" className="settings__section">
          <h2 id="account-heading">{t("settings.account")}</h2>
          <dl className="settings__facts">
            {rows.map(([label, value]) => (
              <div key={label}>
                <dt>{label}</dt>
                <dd>{value}</dd>
              </div>
            ))}
          </dl>
        </section>

        <LanguageSetting />

        <section aria-labelledby="storage-heading" className="settings__section">
          <h2 id="storage-heading">{t("settings.onDevice")}</h2>
          <dl className="settings__facts">
            <div>
              <dt>{t("settings.stored")}</dt>
              <dd>{storage?.usedBytes != null ? formatBytes(storage.usedBytes) : t("settings.unknown")}</dd>
            </div>
            <div>
              <dt>{t("settings.offlineData")}</dt>
              <dd>
                {storage?.persisted ? t("settings.keptByBrowser") : t("settings.mayBeRemoved")}
                {isIosBrowser() ? <span className="settings__note">{t("settings.safariNote")}</span> : null}
              </dd>
            </div>
            <div>
              <dt>{t("settings.unsentChanges")}</dt>
              <dd>{unsent.toLocaleString(activeLocale())}</dd>
            </div>
          </dl>
          <div className="settings__actions">
            {storage && !storage.persisted ? (
              <Button variant="secondary" onClick={() => void requestPersistentStorage().then(() => readStorageState().then(setStorage))}>
                {t("settings.keepData")}
              </Button>
            ) : null}
            <Button
              variant="secondary"
              onClick={() => void clearCachedTickets(server, userId, () => queryClient.clear()).then(() => setCleared(true))}
            >
              {t("settings.clearSaved")}
            </Button>
          </div>
          {cleared ? (
            <p className="settings__hint" role="status">
              {t("settings.cleared")}
            </p>
          ) : null}
        </section>

        <WhatArrives />

        <ServerSupport />

        <DocumentStorage onCleared={() => void readStorageState().then(setStorage)} />

        {confirming ? (
          <div className="settings__confirm" role="alertdialog" aria-labelledby="unsent-warning">
            <p id="unsent-warning">
              {[
                unsent > 0 ? t("settings.unsentWarning", { n: unsent }) : null,
                timer && timerState ? t(isRunning(timer.runs) ? "settings.timerRunning" : "settings.timerPaused", timerState) : null,
                t("settings.signOutDeletes", { n: lost }),
              ]
                .filter(Boolean)
                .join(" ")}
            </p>
            {timer ? <Button onClick={() => void stopAndLogTimer()}>{t("settings.stopAndLog")}</Button> : null}
            <Button variant="danger" busy={signingOut} onClick={() => void onSignOut()}>
              {t("settings.signOutAndDelete")}
            </Button>
            <Button variant="ghost" onClick={() => setConfirming(false)}>
              {t("settings.staySignedIn")}
            </Button>
          </div>
        ) : (
          <Button variant="danger" busy={signingOut} onClick={() => void onSignOut()} className="settings__sign-out">
            {t("settings.signOut")}
          </Button>
        )}
        <p className="settings__hint">{t("settings.signOutHint")}</p>
      </main>
    </div>
  );
}
