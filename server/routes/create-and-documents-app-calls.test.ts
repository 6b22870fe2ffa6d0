import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApiClient, type ApiClient } from "../../src/api/client";
import type { ApiError } from "../../src/api/errors";
import { deleteDocument, downloadDocument, listDocuments, uploadDocument } from "../../src/api/documents";
import { listActiveClientLocations, listBoards, listClients, listContacts, listTicketCategories } from "../../src/api/reference-data";
import { createTicket, findCreatedTicket, refusalsByField } from "../../src/api/ticket-create";
import { listPriorities, listStatuses } from "../../src/api/tickets";
import { signIn, startTestSandbox, type TestSandbox } from "../testing/harness";

// The app's own API calls against the sandbox: what the create form and the documents section send is accepted,
// and what the sandbox answers passes the app's schemas.
let sandbox: TestSandbox;
let api: ApiClient;
let userId: string;

beforeAll(async () => {
  sandbox = await startTestSandbox();
  const tokens = await signIn(sandbox.api);
  userId = tokens.user.id;
  const session = { server: sandbox.api, userId, accessToken: tokens.accessToken, tenantId: tokens.tenantId };
  api = createApiClient({ getSession: () => session, refreshSession: async () => null });
});
afterAll(() => sandbox.close());

describe("the app's ticket-create and document calls", () => {
  it("fill the create form, create a ticket, attach, download and delete a photo", async () => {
    const board = (await listBoards(api)).find((row) => row.is_default)!;
    const status = (await listStatuses(api, board.board_id)).find((row) => !row.is_closed)!;
    const priority = (await listPriorities(api))[0]!;
    const client = (await listClients(api, "dental"))[0]!;
    const location = (await listActiveClientLocations(api, client.client_id))[0]!;
    const contact = (await listContacts(api, { clientId: client.client_id }))[0]!;
    const category = (await listTicketCategories(api, board.board_id)).find((row) => row.parent_category)!;

    const ticket = {
      title: " Rack 2 PSU failed ",
      board_id: board.board_id,
      client_id: client.client_id,
      status_id: status.status_id,
      priority_id: priority.priority_id,
      location_id: location.location_id,
      contact_name_id: contact.contact_name_id,
      category_id: category.parent_category ?? undefined,
      subcategory_id: category.category_id,
      description: "Replaced it; photos attached",
    };
    const since = Date.now() - 60_000;
    // A look-alike first (a second device): the create is still found by its own request id.
    await createTicket(api, ticket, "request-other");
    const created = await createTicket(api, ticket, "request-1");
    expect(created.title).toBe("Rack 2 PSU failed");
    expect(created.ticket_number).toMatch(/^TIC\d+$/);
    expect(await findCreatedTicket(api, ticket, { requestId: "request-1", userId, since, claimed: new Set() })).toBe(created.ticket_id);

    const photo = new Blob([new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3])], { type: "image/jpeg" });
    const uploaded = await uploadDocument(api, created.ticket_id, photo, "rack 2 – psu.jpg");
    expect(uploaded).toMatchObject({ document_name: "rack 2 – psu.jpg", mime_type: "image/jpeg", file_size: 7 });
    const [listed] = await listDocuments(api, created.ticket_id);
    expect(listed?.created_by_full_name).toBe("Taylor Morgan");
    const blob = await downloadDocument(api, created.ticket_id, uploaded);
    expect(blob.type).toBe("image/jpeg");
    expect(new Uint8Array(await blob.arrayBuffer())).toEqual(new Uint8Array(await photo.arrayBuffer()));
    await deleteDocument(api, created.ticket_id, uploaded.document_id);
    expect(await listDocuments(api, created.ticket_id)).toEqual([]);
  });

  it("show a create refusal on the field the server names", async () => {
    const board = (await listBoards(api)).find((row) => row.is_default)!;
    const otherBoard = (await listBoards(api)).find((row) => !row.is_default)!;
    const foreignStatus = (await listStatuses(api, otherBoard.board_id))[0]!;
    const client = (await listClients(api, ""))[0]!;
    const error = await createTicket(
      api,
      {
        title: "x",
        board_id: board.board_id,
        client_id: client.client_id,
        status_id: foreignStatus.status_id,
        priority_id: (await listPriorities(api))[0]!.priority_id,
      },
      "request-2",
    ).catch((caught: unknown) => caught);
    expect(refusalsByField(error as ApiError)).toEqual({
      status_id: `status_id ${foreignStatus.status_id} does not belong to board_id ${board.board_id}`,
    });
  });
});
