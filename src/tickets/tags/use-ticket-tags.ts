import { t } from "../../i18n/active-language";
import { useQuery } from "@tanstack/react-query";
import { normalizeTag } from "../../api/tags";
import type { EntityTag } from "../../api/schemas/tags";
import { useTicketQueries } from "../ticket-queries";
import { useUnconfirmedChanges, type Unconfirmed } from "../changes/unconfirmed-changes";

/** The server's limit on a tag's text (fieldkit §6.2). */
export const TAG_LIMIT = 50;

export interface ShownTag {
  text: string;
  mark: Unconfirmed<"tagAdd">["mark"] | null;
}

/** The ticket's tags with the technician's unsent additions and removals applied, in the server's order (by text). */
export function shownTags(tags: readonly Pick<EntityTag, "tag_text">[], changes: Unconfirmed<"tagAdd" | "tagRemove">[]): ShownTag[] {
  const shown = new Map<string, ShownTag>(
    tags.map((tag) => [normalizeTag(tag.tag_text), { text: normalizeTag(tag.tag_text), mark: null }]),
  );
  for (const { change, mark } of changes) {
    const text = normalizeTag(change.text);
    if (change.kind === "tagRemove") shown.delete(text);
    else if (!shown.has(text)) shown.set(text, { text, mark });
  }
  return [...shown.values()].sort((a, b) => a.text.localeCompare(b.text));
}

export function useTicketTags(ticketId: string) {
  const query = useQuery(useTicketQueries().tags(ticketId));
  const changes = useUnconfirmedChanges(ticketId, ["tagAdd", "tagRemove"] as const, query.dataUpdatedAt);
  return { query, tags: query.data ? shownTags(query.data, changes) : null };
}

/** Existing tags for the picker and the list's tag filter: the most used, or those containing what was typed. */
export function useTagSuggestions(typed: string) {
  return useQuery(useTicketQueries().tagSuggestions(normalizeTag(typed)));
}

/** What is wrong with a tag's text before anything is queued, or null. */
export function tagProblem(text: string): string | null {
  const tag = normalizeTag(text);
  if (!tag) return t("tags.typeFirst");
  if (tag.length > TAG_LIMIT) return t("tags.tooLong", { limit: TAG_LIMIT, length: tag.length });
  return null;
}
