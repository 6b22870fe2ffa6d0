import { screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { clear, set } from "idb-keyval";
import { MemoryRouter, Route, Routes, useParams } from "react-router";
import { beforeEach, describe, expect, it, vi } from "vitest";
import type { ApiClient } from "../../api/client";
import { ApiError } from "../../api/errors";
import { userKeys } from "../../lib/storage-keys";
import { outboxKey, readQueue } from "../../offline/outbox-store";
import { me } from "../../testing/fake-alga";
import { renderSignedIn, server, signIn } from "../../testing/render";
import { emptyDraft, type NewTicketDraft } from "./new-ticket-form";
import { NewTicketScreen } from "./NewTicketScreen";

const draftKey = userKeys.draft(server, me, "new");

// IndexedDB can fail under the app (WebKit loses its connection after a while in the background): here, reading the draft.
const store = vi.hoisted(() => ({ broken: false }));
vi.mock("idb-keyval", async (original) => {
  const actual = await original<typeof import("idb-keyval")>();
  return {
    ...actual,
    get: (key: IDBValidKey, customStore?: Parameters<typeof actual.get>[1]) =>
      store.broken && String(key).startsWith("alga.draft:")
        ? Promise.reject(new DOMException("Connection to Indexed Database server lost.", "UnknownError"))
        : actual.get(key, customStore),
  };
});

/** A form filled in up to Create, as a draft kept from an earlier visit. */
const filled: NewTicketDraft = {
  ...emptyDraft({ id: me, name: "Me" }),
  title: "Printer offline",
  client: { id: "client-1", name: "Acme" },
  board: { id: "board-1", name: "Support" },
  status: { id: "s-open", name: "Open" },
  priority: { id: "p-high", name: "High" },
};

/** A server that creates tickets; its lists are out of reach, as on a poor network. */
function ticketServer() {
  const created: string[] = [];
  const api: ApiClient = {
    async request(path, options) {
      if (options.method === "POST" && path === "api/v1/tickets") {
        created.push((options.body as { title: string }).title);
        const row = {
          ticket_id: `real-${created.length}`,
          ticket_number: `TIC00${created.length}`,
          title: "",
          entered_at: "",
          entered_by: me,
        };
        return options.schema.parse({ data: row });
      }
      throw new ApiError("network");
    },
  };
  return { api, created };
}

function OpenedTicket() {
  return <p>Ticket {useParams().ticketId}</p>;
}

function renderNewTicket(api: ApiClient) {
  return renderSignedIn(
    <MemoryRouter initialEntries={["/tickets/new"]}>
      <Routes>
        <Route path="/tickets/new" element={<NewTicketScreen />} />
        <Route path="/tickets/:ticketId" element={<OpenedTicket />} />
      </Routes>
    </MemoryRouter>,
    api,
  );
}

beforeEach(async () => {
  store.broken = false;
  await clear();
  await signIn();
});

describe("the new-ticket screen", () => {
  it("creates one ticket when Create is tapped twice", async () => {
    const user = userEvent.setup();
    await set(draftKey, { draft: filled, savedAt: Date.now() });
    const alga = ticketServer();
    renderNewTicket(alga.api);

    await user.dblClick(await screen.findByRole("button", { name: "Create ticket" }));

    await screen.findByText(/^Ticket real-/);
    await waitFor(async () => expect(await readQueue(outboxKey(server, me))).toEqual([]));
    expect(alga.created).toEqual(["Printer offline"]);
  });

  it("opens an empty form when the draft cannot be read, instead of loading for ever", async () => {
    const user = userEvent.setup();
    store.broken = true;
    renderNewTicket(ticketServer().api);

    const title = await screen.findByRole("textbox", { name: /^Title/ });
    await user.type(title, "Printer offline");
    expect(title).toHaveProperty("value", "Printer offline");
  });
});
