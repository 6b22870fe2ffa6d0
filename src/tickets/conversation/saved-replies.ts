import { useQuery, useQueryClient } from "@tanstack/react-query";
import { t } from "../../i18n/active-language";
import { get, set } from "idb-keyval";
import { writeIfSignedIn } from "../../auth/account-writes";
import { sessionScope, useSession } from "../../auth/session";
import { userKeys } from "../../lib/storage-keys";
import { accountQueryKey } from "../ticket-queries";
import { COMMENT_LIMIT } from "./comment-rules";

/** One of the technician's canned texts, kept on this device for this account only. */
export interface SavedReply {
  id: string;
  text: string;
}

/** A handful is what a picker at the thumb can show; more is a knowledge base. */
export const SAVED_REPLIES_KEPT = 30;

/** What is wrong with a saved reply's text before it is stored, or null. */
export function savedReplyProblem(text: string, others: readonly SavedReply[]): string | null {
  const trimmed = text.trim();
  if (!trimmed) return t("conversation.typeToSave");
  if (trimmed.length > COMMENT_LIMIT) return t("conversation.atMost", { limit: String(COMMENT_LIMIT), n: trimmed.length });
  if (others.some((reply) => reply.text.trim() === trimmed)) return t("conversation.alreadySaved");
  return null;
}

/** `text` with `insert` put where the cursor was (replacing a selection), and where the cursor goes after it. */
export function insertAt(text: string, insert: string, start: number, end: number): { text: string; caret: number } {
  const from = Math.max(0, Math.min(start, text.length));
  const to = Math.max(from, Math.min(end, text.length));
  return { text: text.slice(0, from) + insert + text.slice(to), caret: from + insert.length };
}

/** The saved replies of the signed-in account, and the ways to change them. */
export function useSavedReplies() {
  const [server, userId] = sessionScope(useSession()!);
  const key = userKeys.savedReplies(server, userId);
  const queryKey = [...accountQueryKey(server, userId), "savedReplies"];
  const queryClient = useQueryClient();
  const replies = useQuery({
    queryKey,
    queryFn: async () => (await get<SavedReply[]>(userKeys.savedReplies(server, userId))) ?? [],
    // Read from this device, never from the network: offline must not pause it.
    networkMode: "always",
    staleTime: Infinity,
  });
  const edit = async (change: (replies: SavedReply[]) => SavedReply[]) => {
    await writeIfSignedIn(key, async () => set(key, change((await get<SavedReply[]>(key)) ?? []).slice(0, SAVED_REPLIES_KEPT)));
    await queryClient.invalidateQueries({ queryKey });
  };
  return {
    replies: replies.data ?? [],
    add: (text: string) => edit((all) => [...all, { id: crypto.randomUUID(), text: text.trim() }]),
    update: (id: string, text: string) => edit((all) => all.map((reply) => (reply.id === id ? { ...reply, text: text.trim() } : reply))),
    remove: (id: string) => edit((all) => all.filter((reply) => reply.id !== id)),
  };
}
