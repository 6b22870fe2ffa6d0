import { useQueryClient } from "@tanstack/react-query";
import { useEffect, useState } from "react";
import { useNavigate } from "react-router";
import { useOutboxQueue } from "../tickets/changes/ticket-outbox";
import { dropTimerSession } from "../tickets/timer/save-timer";
import { formatElapsed } from "../lib/duration";
import { isRunning, workedMs } from "../tickets/timer/timer-clock";
import { editTimer, paused, timerKey, useTimer } from "../tickets/timer/timer-store";
import { useTimerNow } from "../tickets/timer/use-timer-now";
import { apiClient } from "../api/app-client";
import { formatBytes } from "../lib/format-bytes";
import { DocumentStorage } from "../tickets/documents/DocumentStorage";
import { clearCachedTickets, readStorageState, requestPersistentStorage, type StorageState } from "../offline/storage";
import { isIosBrowser } from "../pwa/install-hint";
import { WhatArrives } from "./WhatArrives";
import { Button } from "../ui/Button";
import { TopBar } from "../ui/TopBar";
import { sessionScope, useSession } from "../auth/session";
import { signOut } from "../auth/sign-out";
import "./SettingsScreen.css";

export function SettingsScreen() {
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
    if ((unsent > 0 || timer) && !confirming) {
      setConfirming(true);
      return;
    }
    setSigningOut(true);
    if (timer) await dropTimerSession(api, timer);
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
    ["Name", session.user.name ?? "—"],
    ["Email", session.user.email ?? "—"],
    ["Server", session.server],
    ["Tenant", session.tenantId],
    ["App version", `${__APP_VERSION__} (build ${__APP_BUILD__})`],
  ];
  return (
    <div className="screen">
      <TopBar title="Settings" back={{ to: "/tickets", label: "Back to tickets" }} />
      <main className="settings">
        <section aria-labelledby="account-heading" className="settings__section">
          <h2 id="account-heading">Account</h2>
          <dl className="settings__facts">
            {rows.map(([label, value]) => (
              <div key={label}>
                <dt>{label}</dt>
                <dd>{value}</dd>
              </div>
            ))}
          </dl>
        </section>

        <section aria-labelledby="storage-heading" className="settings__section">
          <h2 id="storage-heading">On this device</h2>
          <dl className="settings__facts">
            <div>
              <dt>Stored</dt>
              <dd>{storage?.usedBytes != null ? formatBytes(storage.usedBytes) : "Unknown"}</dd>
            </div>
            <div>
              <dt>Offline data</dt>
              <dd>
                {storage?.persisted ? "Kept by the browser" : "May be removed by the browser when space runs low"}
                {isIosBrowser() ? (
                  <span className="settings__note">
                    Safari may also delete it after 7 days without use. Add the app to your Home Screen (Share, then “Add to Home Screen”)
                    to keep it.
                  </span>
                ) : null}
              </dd>
            </div>
            <div>
              <dt>Changes not sent yet</dt>
              <dd>{unsent}</dd>
            </div>
          </dl>
          <div className="settings__actions">
            {storage && !storage.persisted ? (
              <Button variant="secondary" onClick={() => void requestPersistentStorage().then(() => readStorageState().then(setStorage))}>
                Keep data on this device
              </Button>
            ) : null}
            <Button
              variant="secondary"
              onClick={() => void clearCachedTickets(server, userId, () => queryClient.clear()).then(() => setCleared(true))}
            >
              Clear saved tickets
            </Button>
          </div>
          {cleared ? (
            <p className="settings__hint" role="status">
              Saved tickets cleared. Unsent changes and drafts were kept.
            </p>
          ) : null}
        </section>

        <WhatArrives />

        <DocumentStorage onCleared={() => void readStorageState().then(setStorage)} />

        {confirming ? (
          <div className="settings__confirm" role="alertdialog" aria-labelledby="unsent-warning">
            <p id="unsent-warning">
              {unsent > 0 ? `${unsent} ${unsent === 1 ? "change has" : "changes have"} not reached the server yet. ` : null}
              {timer
                ? `The timer on ${timer.ticketNumber} is ${isRunning(timer.runs) ? "running" : "paused"} (${formatElapsed(workedMs(timer.runs, now))}). `
                : null}
              Signing out deletes {lost === 1 ? "it" : "them"}.
            </p>
            {timer ? <Button onClick={() => void stopAndLogTimer()}>Stop and log it</Button> : null}
            <Button variant="danger" busy={signingOut} onClick={() => void onSignOut()}>
              Sign out and delete
            </Button>
            <Button variant="ghost" onClick={() => setConfirming(false)}>
              Stay signed in
            </Button>
          </div>
        ) : (
          <Button variant="danger" busy={signingOut} onClick={() => void onSignOut()} className="settings__sign-out">
            Sign out
          </Button>
        )}
        <p className="settings__hint">Signing out removes your tickets, drafts and unsent changes from this device.</p>
      </main>
    </div>
  );
}
