import { useEffect } from "react";
import { requestPersistentStorage } from "../offline/storage";
import { useOutboxRunner } from "../tickets/changes/ticket-outbox";
import { UnsentBadge } from "./UnsentBadge";

/**
 * Replays the signed-in user's queued changes and shows their number on the app's icon. Its own chunk:
 * the sign-in screen never downloads the outbox.
 */
export default function OutboxRunner({ server, userId }: { server: string; userId: string }) {
  useOutboxRunner(server, userId);
  // Someone who signed in uses the app: ask the browser to keep its offline data under storage pressure.
  useEffect(() => void requestPersistentStorage(), [userId]);
  return <UnsentBadge />;
}
