import type { QueryClient } from "@tanstack/react-query";
import { ApiError } from "../../api/errors";
import { PICKER_PAGE } from "../../api/reference-data";
import type { ticketQueries } from "../ticket-queries";
import type { ReferenceQueries } from "../reference-queries";

/** All clients are kept, a page at a time, up to this many pages (500 clients). */
const MAX_CLIENT_PAGES = 10;

export interface FormListsPrefetch {
  queryClient: QueryClient;
  refs: ReferenceQueries;
  tickets: ReturnType<typeof ticketQueries>;
  /** The clients whose contacts and locations are loaded. */
  clientIds: string[];
  /** Checked before each request: none is made offline, or once the account has left the app. */
  keepGoing: () => boolean;
}

/**
 * Loads into the query cache, which is saved on the device, everything the create form picks from: boards,
 * each board's statuses and categories, priorities, all clients, and the contacts and locations of
 * `clientIds`. One request at a time, so the app's own requests never queue behind a burst; a list still
 * fresh in the cache is not asked for again. It stops at the first failure other than a refusal of one list
 * (no permission to read it, a client deleted since), and resolves to whether it went through.
 */
export async function prefetchFormLists({ queryClient, refs, tickets, clientIds, keepGoing }: FormListsPrefetch): Promise<boolean> {
  let complete = true;
  async function load<T>(fetch: () => Promise<T>): Promise<T | undefined> {
    if (!complete || !keepGoing()) {
      complete = false;
      return undefined;
    }
    try {
      return await fetch();
    } catch (error) {
      // Only a refusal of one list lets the others go on; a lost network, a session gone, a failing server end the run.
      if (!(error instanceof ApiError && (error.kind === "forbidden" || error.kind === "not_found"))) complete = false;
      return undefined;
    }
  }

  const boards = (await load(() => queryClient.fetchQuery(refs.boards()))) ?? [];
  await load(() => queryClient.fetchQuery(tickets.priorities()));
  for (const board of boards) {
    await load(() => queryClient.fetchQuery(tickets.statuses(board.board_id)));
    await load(() => queryClient.fetchQuery(refs.categories(board.board_id)));
  }
  let clients = await load(() => queryClient.fetchQuery(refs.clients("")));
  for (let page = 2; clients?.length === PICKER_PAGE && page <= MAX_CLIENT_PAGES; page++) {
    clients = await load(() => queryClient.fetchQuery(refs.clientsPage(page)));
  }
  for (const clientId of clientIds) {
    await load(() => queryClient.fetchQuery(refs.contacts(clientId, "")));
    await load(() => queryClient.fetchQuery(refs.locations(clientId)));
  }
  return complete;
}
