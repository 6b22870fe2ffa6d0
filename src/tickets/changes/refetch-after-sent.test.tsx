import { QueryClient, QueryClientProvider, type QueryKey } from "@tanstack/react-query";
import { render, waitFor } from "@testing-library/react";
import { clear } from "idb-keyval";
import { beforeEach, expect, it } from "vitest";
import { installApiClient } from "../../api/app-client";
import { fakeAlga, me, ticketId } from "../../testing/fake-alga";
import { server, signIn } from "../../testing/render";
import { accountQueryKey } from "../ticket-queries";
import { outbox, useOutboxRunner } from "./ticket-outbox";

beforeEach(async () => {
  await clear();
  await signIn();
});

function OutboxRunner() {
  useOutboxRunner(server, me);
  return null;
}

const tickets = [...accountQueryKey(server, me), "tickets"];
const keys = {
  ticket: [...tickets, "detail", ticketId],
  itsComments: [...tickets, "detail", ticketId, "comments"],
  list: [...tickets, "list", {}],
  stats: [...tickets, "stats"],
  otherTicket: [...tickets, "detail", "ticket-2"],
  services: [...tickets, "services"],
  boards: [...accountQueryKey(server, me), "reference", "boards"],
} satisfies Record<string, QueryKey>;

it("after a sent comment, refetches that ticket, the lists and the counts, not every other ticket and list", async () => {
  const queryClient = new QueryClient();
  for (const key of Object.values(keys)) queryClient.setQueryData(key, { cached: true });
  installApiClient(fakeAlga().api);
  render(
    <QueryClientProvider client={queryClient}>
      <OutboxRunner />
    </QueryClientProvider>,
  );
  await waitFor(() => outbox.enqueue({ kind: "comment", ticketId, text: "Replaced the toner", isInternal: true }, null));

  const stale = (key: QueryKey) => queryClient.getQueryState(key)?.isInvalidated;
  await waitFor(() => expect(stale(keys.ticket)).toBe(true));
  expect(stale(keys.itsComments)).toBe(true);
  expect(stale(keys.list)).toBe(true);
  expect(stale(keys.stats)).toBe(true);
  expect(stale(keys.otherTicket)).toBe(false);
  expect(stale(keys.services)).toBe(false);
  expect(stale(keys.boards)).toBe(false);
});
