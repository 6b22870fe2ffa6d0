import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { render, waitFor } from "@testing-library/react";
import { clear } from "idb-keyval";
import { beforeEach, expect, it } from "vitest";
import type { ApiClient } from "../api/client";
import { installApiClient } from "../api/app-client";
import { userKeys } from "../lib/storage-keys";
import { outboxKey, readQueue } from "../offline/outbox-store";
import { me } from "../testing/fake-alga";
import { server, signIn } from "../testing/render";
import { outbox } from "../tickets/changes/ticket-outbox";
import { draftKey, loadDraft, saveDraft } from "../tickets/conversation/draft-store";
import { editTimer, newTimer, readTimer } from "../tickets/timer/timer-store";
import OutboxRunner from "./OutboxRunner";

/** A server that creates every ticket it is sent as "real-1". */
const api: ApiClient = {
  async request(path, options) {
    if (options.method !== "POST" || path !== "api/v1/tickets") throw new Error(`unexpected ${options.method ?? "GET"} ${path}`);
    const body = options.body as Record<string, unknown>;
    return options.schema.parse({
      data: { ...body, ticket_id: "real-1", ticket_number: "TIC001", entered_by: me, entered_at: new Date().toISOString() },
    });
  },
};

const choice = (id: string) => ({ id, name: id });

beforeEach(async () => {
  await clear();
  await signIn();
});

it("moves the note being typed and the running timer of a ticket not created yet to its real id", async () => {
  const timerKey = userKeys.timer(server, me);
  await saveDraft(draftKey(server, me, "new-1"), { text: "Cable replaced", isInternal: true, savedAt: Date.now() });
  await editTimer(timerKey, () => newTimer({ ticketId: "new-1", ticketNumber: "New ticket", ticketTitle: "Printer offline" }));

  installApiClient(api);
  render(
    <QueryClientProvider client={new QueryClient()}>
      <OutboxRunner server={server} userId={me} />
    </QueryClientProvider>,
  );
  await waitFor(() => outbox.enqueue({ kind: "createTicket", ticketId: "new-1", ticket: newTicket }, null));

  await waitFor(async () => expect((await readTimer(timerKey))?.ticketId).toBe("real-1"));
  expect(await loadDraft(draftKey(server, me, "real-1"))).toMatchObject({ text: "Cable replaced", isInternal: true });
  expect(await loadDraft(draftKey(server, me, "new-1"))).toBeNull();
});

it("keeps a change made before the runner's chunk started, and sends it once the runner runs", async () => {
  installApiClient(api);
  const queued = outbox.enqueue({ kind: "createTicket", ticketId: "new-2", ticket: newTicket }, null);
  render(
    <QueryClientProvider client={new QueryClient()}>
      <OutboxRunner server={server} userId={me} />
    </QueryClientProvider>,
  );
  await expect(queued).resolves.toEqual(expect.any(String));
  await waitFor(async () => expect(await readQueue(outboxKey(server, me))).toEqual([]));
});

const newTicket = {
  title: "Printer offline",
  description: "",
  client: choice("client-1"),
  board: choice("board-1"),
  status: choice("status-1"),
  priority: choice("priority-1"),
  contact: null,
  location: null,
  category: null,
  assignee: null,
};
