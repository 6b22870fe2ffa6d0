import { QueryClient } from "@tanstack/react-query";
import { describe, expect, it } from "vitest";
import type { ApiClient } from "../../api/client";
import { ApiError } from "../../api/errors";
import type { Session } from "../../auth/session";
import { ticketQueries } from "../ticket-queries";
import { prefetchFormLists } from "./prefetch-form-lists";
import { installApiClient } from "../../api/app-client";
import { referenceQueries } from "../reference-queries";

const session = { server: "https://psa.example.com", user: { id: "me" } } as Session;
const boards = [
  { board_id: "b-desk", board_name: "Service Desk", is_default: true, default_assigned_to: null },
  { board_id: "b-projects", board_name: "Projects", is_default: false, default_assigned_to: null },
];

/** A server answering every list, counting the requests in flight; `failing` paths fail with that error. */
function alga(failing: Record<string, ApiError> = {}) {
  const asked: string[] = [];
  let inFlight = 0;
  let mostInFlight = 0;
  const api: ApiClient = {
    async request(path, options) {
      const board = (options.query as { board_id?: string } | undefined)?.board_id;
      asked.push(board ? `${path} ${board}` : path);
      inFlight++;
      mostInFlight = Math.max(mostInFlight, inFlight);
      await new Promise((resolve) => setTimeout(resolve, 1));
      inFlight--;
      if (failing[path]) throw failing[path];
      const data = path === "api/v1/boards" ? boards : [];
      return { data, pagination: { page: 1, hasNext: false } } as never;
    },
  };
  return { api, asked, mostInFlight: () => mostInFlight };
}

function run(api: ApiClient, keepGoing = () => true) {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  installApiClient(api);
  const refs = referenceQueries(session);
  const tickets = ticketQueries(session);
  const done = prefetchFormLists({ queryClient, refs, tickets, clientIds: ["c-acme"], keepGoing });
  return { queryClient, refs, tickets, done };
}

describe("loading the create form's lists onto the device", () => {
  it("loads every list the form picks from, one request at a time", async () => {
    const server = alga();
    const { queryClient, refs, tickets, done } = run(server.api);
    expect(await done).toBe(true);
    expect(server.asked).toEqual([
      "api/v1/boards",
      "api/v1/tickets/priorities",
      "api/v1/tickets/statuses b-desk",
      "api/v1/categories/ticket b-desk",
      "api/v1/tickets/statuses b-projects",
      "api/v1/categories/ticket b-projects",
      "api/v1/clients",
      "api/v1/contacts",
      "api/v1/clients/c-acme/locations",
    ]);
    expect(server.mostInFlight()).toBe(1);
    expect(queryClient.getQueryData(refs.boards().queryKey)).toEqual(boards);
    expect(queryClient.getQueryData(tickets.statuses("b-projects").queryKey)).toEqual([]);
    expect(queryClient.getQueryData(refs.contacts("c-acme", "").queryKey)).toEqual([]);
  });

  it("stops at a lost network and says it did not go through", async () => {
    const server = alga({ "api/v1/tickets/priorities": new ApiError("network") });
    expect(await run(server.api).done).toBe(false);
    expect(server.asked).toEqual(["api/v1/boards", "api/v1/tickets/priorities"]);
  });

  it("goes on past a list the technician may not read", async () => {
    const server = alga({ "api/v1/clients": new ApiError("forbidden") });
    expect(await run(server.api).done).toBe(true);
    expect(server.asked).toContain("api/v1/contacts");
  });

  it("asks nothing once told to stop (offline, or the account left)", async () => {
    const server = alga();
    expect(await run(server.api, () => false).done).toBe(false);
    expect(server.asked).toEqual([]);
  });
});
