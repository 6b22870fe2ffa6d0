import { del, get, set } from "idb-keyval";
import { writeIfSignedIn } from "../../auth/account-writes";
import { userKeys } from "../../lib/storage-keys";

/** A comment being typed, kept per server, user and ticket so it survives reloads, crashes and updates. */
export interface CommentDraft {
  text: string;
  isInternal: boolean;
  savedAt: number;
}

export const draftKey = userKeys.draft;

/** The resolution note being written in Resolve, apart from the comment being typed in the composer. */
export const resolutionDraftKey = (server: string, userId: string, ticketId: string) => draftKey(server, userId, `${ticketId}:resolution`);

export async function loadDraft(key: string): Promise<CommentDraft | null> {
  return (await get<CommentDraft>(key)) ?? null;
}

/** The draft to open the composer with: none when it cannot be read (IndexedDB failing), so typing is never blocked. */
export function loadDraftToShow(key: string): Promise<CommentDraft | null> {
  return loadDraft(key).catch(() => null);
}

/** An empty draft is no draft: it is removed rather than stored. Nothing is written once its user is signed out. */
export async function saveDraft(key: string, draft: CommentDraft): Promise<void> {
  if (draft.text.trim() === "") await del(key);
  else await writeIfSignedIn(key, () => set(key, draft));
}

export function clearDraft(key: string): Promise<void> {
  return del(key);
}

/** Puts text back into a ticket's draft (a refused comment the user discarded), after whatever is there. */
export async function restoreIntoDraft(key: string, text: string, isInternal: boolean): Promise<void> {
  const existing = await loadDraft(key);
  const merged = existing?.text.trim() ? `${existing.text.trimEnd()}\n\n${text}` : text;
  await writeIfSignedIn(key, () => set(key, { text: merged, isInternal: existing?.isInternal ?? isInternal, savedAt: Date.now() }));
}

/** A note being typed on a ticket not created yet follows the ticket to its real id. */
export async function moveDraft(fromKey: string, toKey: string): Promise<void> {
  const draft = await loadDraft(fromKey);
  if (!draft) return;
  await restoreIntoDraft(toKey, draft.text, draft.isInternal);
  await clearDraft(fromKey);
}
