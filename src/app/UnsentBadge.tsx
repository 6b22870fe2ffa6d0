import { useEffect } from "react";
import { showUnsentOnBadge } from "../pwa/app-badge";
import { useOutboxQueue } from "../tickets/changes/ticket-outbox";

/** The app icon's badge follows the signed-in account's outbox, and goes when the account leaves this tab. */
export function UnsentBadge() {
  const unsent = useOutboxQueue().length;
  useEffect(() => showUnsentOnBadge(unsent), [unsent]);
  useEffect(() => () => showUnsentOnBadge(0), []);
  return null;
}
