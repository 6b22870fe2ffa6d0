import { useEffect } from "react";
import { requestPersistentStorage } from "../offline/storage";
import { onTicketCreated, useOutboxRunner } from "../tickets/changes/ticket-outbox";
import { draftKey, moveDraft } from "../tickets/conversation/draft-store";
import { moveTimer } from "../tickets/timer/timer-store";
import { AppBadge } from "./AppBadge";

// The note being typed on a ticket not created yet, and a timer running on it, stay with it. Registered
// here, in the outbox's chunk, so they follow even when no ticket screen was opened since the app started.
onTicketCreated(({ server, userId }, temporaryId, realId) =>
  moveDraft(draftKey(server, userId, temporaryId), draftKey(server, userId, realId)),
);
onTicketCreated(({ server, userId }, temporaryId, realId) => moveTimer(server, userId, temporaryId, realId));

/**
 * Replays the signed-in user's queued changes, polls what needs them, and shows both on the app's icon. Its own chunk:
 * the sign-in screen never downloads the outbox.
 */
export default function OutboxRunner({ server, userId }: { server: string; userId: string }) {
  useOutboxRunner(server, userId);
  // Someone who signed in uses the app: ask the browser to keep its offline data under storage pressure.
  useEffect(() => void requestPersistentStorage(), [userId]);
  return <AppBadge />;
}
