import { get, update } from "idb-keyval";
import { writeIfSignedIn } from "../auth/account-writes";
import type { CreatedIds } from "./outbox-types";

/** Enough for weeks of tickets created on one device; older temporary ids are long gone from every screen. */
const KEPT = 200;

export async function readCreatedIds(key: string): Promise<CreatedIds> {
  return (await get<CreatedIds>(key)) ?? {};
}

/**
 * Remembers the id the server gave a ticket created with a temporary one. Written before the create leaves the
 * queue, so a change queued with the temporary id a moment later (or a screen, a link still showing it) finds it.
 */
export async function recordCreatedId(key: string, temporaryId: string, realId: string): Promise<void> {
  await writeIfSignedIn(key, () =>
    update<CreatedIds>(key, (ids) => Object.fromEntries([...Object.entries(ids ?? {}), [temporaryId, realId]].slice(-KEPT))),
  );
}

function isPlain(value: unknown): value is Record<string, unknown> {
  if (typeof value !== "object" || value === null) return false;
  const prototype = Object.getPrototypeOf(value) as unknown;
  return prototype === Object.prototype || prototype === null;
}

/**
 * `value` with every string equal to `from` replaced by `to`, through plain objects and arrays (a Blob or a
 * Date stays as it is). A change may hold its ticket's id in more than `ticketId` (a time entry's work item).
 * Returns `value` itself when nothing changed, so the queue writes only the changes it rewrote.
 */
export function replaceId<T>(value: T, from: string, to: string): T {
  if (value === from) return to as T;
  if (Array.isArray(value)) {
    const mapped = value.map((element: unknown) => replaceId(element, from, to));
    return mapped.some((element, index) => element !== value[index]) ? (mapped as T) : value;
  }
  if (!isPlain(value)) return value;
  let changed = false;
  const mapped = Object.fromEntries(
    Object.entries(value).map(([key, element]) => {
      const next = replaceId(element, from, to);
      changed ||= next !== element;
      return [key, next];
    }),
  );
  return changed ? (mapped as T) : value;
}
