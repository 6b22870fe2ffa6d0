import { del, get, set } from "idb-keyval";
import { userKeys } from "../../lib/storage-keys";

/** A comment being typed, kept per server, user and ticket so it survives reloads, crashes and updates. */
export interface CommentDraft {
  text: string;
  isInternal: boolean;
  savedAt: number;
}

export const draftKey = userKeys.draft;

export async function loadDraft(key: string): Promise<CommentDraft | null> {
  return (await get<CommentDraft>(key)) ?? null;
}

/** An empty draft is no draft: it is removed rather than stored. */
export async function saveDraft(key: string, draft: CommentDraft): Promise<void> {
  if (draft.text.trim() === "") await del(key);
  else await set(key, draft);
}

export function clearDraft(key: string): Promise<void> {
  return del(key);
}

/** Puts text back into a ticket's draft (a refused comment the user discarded), after whatever is there. */
export async function restoreIntoDraft(key: string, text: string, isInternal: boolean): Promise<void> {
  const existing = await loadDraft(key);
  const merged = existing?.text.trim() ? `${existing.text.trimEnd()}\n\n${text}` : text;
  await set(key, { text: merged, isInternal: existing?.isInternal ?? isInternal, savedAt: Date.now() });
}
