import { useQuery, useQueryClient } from "@tanstack/react-query";
import { get, update } from "idb-keyval";
import { writeIfSignedIn } from "../../auth/account-writes";
import { sessionScope, useSession } from "../../auth/session";
import { userKeys } from "../../lib/storage-keys";
import { accountQueryKey } from "../ticket-queries";

/**
 * The time this device logged, so the ticket can list it. The MVP contract has no way to read time
 * entries back (the ticket summary `GET /tickets/{id}/time-entries` is in the field-kit contract,
 * §4.5, not in the MVP one), so this list is what the technician logged here, each with its state
 * in the outbox. Wiped with everything else at sign-out.
 */
export interface LoggedTime {
  /** The outbox id of the change that sends it. */
  id: string;
  ticketId: string;
  startTime: string;
  endTime: string;
  serviceName: string | null;
  isBillable: boolean;
}

const KEPT = 200;

export function loggedMinutes(entry: Pick<LoggedTime, "startTime" | "endTime">): number {
  return Math.round((Date.parse(entry.endTime) - Date.parse(entry.startTime)) / 60_000);
}

/** "1 h 30 min", "45 min". */
export function formatMinutes(minutes: number): string {
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  return [hours ? `${hours} h` : "", rest || !hours ? `${rest} min` : ""].filter(Boolean).join(" ");
}

/** Time logged on a ticket not created yet is listed on the real ticket once it is. */
export async function moveTimeLog(server: string, userId: string, fromTicketId: string, toTicketId: string): Promise<void> {
  const key = userKeys.timeLog(server, userId);
  if (!(await get<LoggedTime[]>(key))?.some((entry) => entry.ticketId === fromTicketId)) return;
  await writeIfSignedIn(key, () =>
    update<LoggedTime[]>(key, (entries) =>
      (entries ?? []).map((entry) => (entry.ticketId === fromTicketId ? { ...entry, ticketId: toTicketId } : entry)),
    ),
  );
}

/** This device's time log for one ticket, newest first, and the ways to change it. */
export function useTimeLog(ticketId: string) {
  const session = useSession()!;
  const [server, userId] = sessionScope(session);
  const key = userKeys.timeLog(server, userId);
  const queryKey = [...accountQueryKey(server, userId), "timeLog"];
  const queryClient = useQueryClient();
  // The stored key is the account's, which queryKey already names.
  // eslint-disable-next-line @tanstack/query/exhaustive-deps
  const log = useQuery({
    queryKey,
    queryFn: async () => (await get<LoggedTime[]>(key)) ?? [],
    // Read from this device, never from the network: offline must not pause it.
    networkMode: "always",
    staleTime: Infinity,
  });
  const edit = async (change: (entries: LoggedTime[]) => LoggedTime[]) => {
    await update<LoggedTime[]>(key, (entries) => change(entries ?? []).slice(-KEPT));
    await queryClient.invalidateQueries({ queryKey });
  };
  return {
    entries: (log.data ?? []).filter((entry) => entry.ticketId === ticketId).reverse(),
    add: (entry: LoggedTime) => edit((entries) => [...entries, entry]),
    remove: (id: string) => edit((entries) => entries.filter((entry) => entry.id !== id)),
  };
}
