import { useEffect } from "react";
import { requestPersistentStorage } from "../offline/storage";
import { useOutboxRunner } from "../tickets/changes/ticket-outbox";

/** Replays the signed-in user's queued changes. Its own chunk: the sign-in screen never downloads the outbox. */
export default function OutboxRunner({ server, userId }: { server: string; userId: string }) {
  useOutboxRunner(server, userId);
  // Someone who signed in uses the app: ask the browser to keep its offline data under storage pressure.
  useEffect(() => void requestPersistentStorage(), [userId]);
  return null;
}
