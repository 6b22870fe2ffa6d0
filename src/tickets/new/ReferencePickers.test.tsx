import { screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { clear } from "idb-keyval";
import { useState } from "react";
import { beforeEach, describe, expect, it } from "vitest";
import type { ApiClient } from "../../api/client";
import { ApiError } from "../../api/errors";
import { renderSignedIn, signIn } from "../../testing/render";
import { ClientOptions, contactOptions } from "./ReferencePickers";

/** The server's lists as the pickers ask for them; `online: false` fails every request as a lost network does. */
function alga(lists: Record<string, unknown[]>) {
  const state = { online: true };
  const api: ApiClient = {
    async request(path) {
      if (!state.online) throw new ApiError("network");
      return { data: lists[path] ?? [], pagination: { page: 1, hasNext: false } } as never;
    },
  };
  return { api, state };
}

const pick = () => undefined;
const ContactOptions = contactOptions("client-riverside");

/** The contact picker's list under its search box. */
function SearchedContacts() {
  const [search, setSearch] = useState("");
  return (
    <>
      <input type="search" aria-label="Find contact" value={search} onChange={(event) => setSearch(event.target.value)} />
      <ContactOptions search={search} selectedId={undefined} onPick={pick} />
    </>
  );
}

beforeEach(async () => {
  await clear();
  await signIn();
});

describe("an empty picker offline", () => {
  it("says a client's contacts are not on this device when they were never loaded, not that it has none", async () => {
    const server = alga({});
    server.state.online = false;
    renderSignedIn(<ContactOptions search="" selectedId={undefined} onPick={pick} />, server.api);
    await screen.findByText("Contacts of this client are not on this device yet — connect once to load them.");
    expect(screen.queryByText(/has no contacts/)).toBeNull();
  });

  it("says the clients are not on this device when they were never loaded", async () => {
    const server = alga({});
    server.state.online = false;
    renderSignedIn(<ClientOptions search="" selectedId={undefined} onPick={pick} />, server.api);
    await screen.findByText("The clients are not on this device yet — connect once to load them.");
    expect(screen.queryByText("No clients.")).toBeNull();
  });

  it("keeps 'has no contacts' for a client the server listed without any", async () => {
    renderSignedIn(<ContactOptions search="" selectedId={undefined} onPick={pick} />, alga({}).api);
    await screen.findByText("This client has no contacts.");
  });

  it("offline, a search in a client's contacts loaded before finds no match rather than 'not on this device'", async () => {
    const server = alga({});
    renderSignedIn(<SearchedContacts />, server.api);
    await screen.findByText("This client has no contacts.");
    server.state.online = false;
    await userEvent.type(screen.getByRole("searchbox"), "felix");
    await screen.findByText("No contact matches “felix”.");
  });
});
