import { useMemo } from "react";
import { learnOlderServer } from "./server-features";
import { currentSession, sessionScope, useSession } from "../auth/session";
import { createExternalStore, useExternalStore } from "../lib/external-store";
import { userKeys } from "../lib/storage-keys";

// Bumped on every note, so the conversation draws again.
const notes = createExternalStore(0);
const KEPT = 50;

function read(server: string, userId: string): string[] {
  try {
    const ids: unknown = JSON.parse(localStorage.getItem(userKeys.publishedAtOnce(server, userId)) ?? "[]");
    return Array.isArray(ids) ? ids.filter((id): id is string => typeof id === "string") : [];
  } catch {
    return [];
  }
}

/**
 * A reply meant for later that the server published at once: an older server drops the send-later fields unread
 * and answers 201 "published" (awareness §10.1). Too late to undo; the conversation says so on that reply, and the
 * server is known not to schedule from now on.
 */
export function notePublishedAtOnce(commentId: string): void {
  learnOlderServer("scheduledComments");
  const session = currentSession();
  if (!session) return;
  const [server, userId] = sessionScope(session);
  const ids = [...read(server, userId), commentId].slice(-KEPT);
  localStorage.setItem(userKeys.publishedAtOnce(server, userId), JSON.stringify(ids));
  notes.set(notes.get() + 1);
}

/** The replies of this account that were meant for later and went out at once. */
export function usePublishedAtOnce(): ReadonlySet<string> {
  const session = useSession();
  const version = useExternalStore(notes);
  const [server, userId] = session ? sessionScope(session) : ["", ""];
  // `version` says when to read again.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  return useMemo(() => new Set(server ? read(server, userId) : []), [server, userId, version]);
}
