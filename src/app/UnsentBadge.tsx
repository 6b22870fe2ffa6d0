import { useEffect } from "react";
import { showUnsentOnBadge } from "../pwa/app-badge";
import { useOutboxQueue } from "../tickets/changes/ticket-outbox";

/** The app icon's badge follows the outbox: signed out, the queue is empty and the badge goes. */
export function UnsentBadge() {
  const unsent = useOutboxQueue().length;
  useEffect(() => showUnsentOnBadge(unsent), [unsent]);
  return null;
}
