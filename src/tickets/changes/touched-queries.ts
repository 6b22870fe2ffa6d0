import type { QueryKey } from "@tanstack/react-query";
import { ticketKeys } from "../ticket-queries";
import type { Change } from "./change";

const TIME_KINDS = new Set<Change["kind"]>(["timeEntry", "timerStop", "timeEntryEdit", "timeEntryDelete"]);
const TAG_KINDS = new Set<Change["kind"]>(["tagAdd", "tagRemove"]);
const AGENT_KINDS = new Set<Change["kind"]>(["agentAdd", "agentRemove", "assignment"]);

/**
 * What sent changes may have changed on the server, to refetch (the app trusts the server's copy after a change,
 * never the mutation's answer, contract §8.3): each changed ticket with everything under it, the lists and counts
 * (any change can move a ticket in or out of a filter), the user's time after a time change, the tag suggestions
 * after a tag change, the user's tickets as primary or additional agent after an agent or assignment change. Reference lists, services, agents and the other tickets stay as they are.
 */
export function touchedQueries(server: string, userId: string, sent: readonly Change[]): QueryKey[] {
  const keys = ticketKeys(server, userId);
  const touched = new Map<string, QueryKey>();
  const add = (key: QueryKey) => touched.set(JSON.stringify(key), key);
  add(keys.lists);
  add(keys.stats);
  for (const change of sent) {
    // A time entry edited from My time may belong to no ticket ("").
    if (change.ticketId) add(keys.detail(change.ticketId));
    if (TIME_KINDS.has(change.kind)) add(keys.time);
    if (TAG_KINDS.has(change.kind)) add(keys.tagSuggestions);
    if (AGENT_KINDS.has(change.kind)) add(keys.myTickets);
  }
  return [...touched.values()];
}
