import { useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useNavigate } from "react-router";
import { Button } from "../ui/Button";
import { TopBar } from "../ui/TopBar";
import { useSession } from "./session";
import { signOut } from "./sign-out";
import "./SettingsScreen.css";

export function SettingsScreen() {
  const session = useSession();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const [signingOut, setSigningOut] = useState(false);
  if (!session) return null;

  async function onSignOut() {
    if (!session) return;
    setSigningOut(true);
    await signOut(session, () => queryClient.clear());
    navigate("/signin", { replace: true });
  }

  const rows: [string, string][] = [
    ["Name", session.user.name ?? "—"],
    ["Email", session.user.email ?? "—"],
    ["Server", session.server],
    ["Tenant", session.tenantId],
    ["App version", `${__APP_VERSION__} (${__APP_BUILD__})`],
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
        <Button variant="danger" busy={signingOut} onClick={() => void onSignOut()} className="settings__sign-out">
          Sign out
        </Button>
        <p className="settings__hint">Signing out removes your tickets and drafts from this device.</p>
      </main>
    </div>
  );
}
