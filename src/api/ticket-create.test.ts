import { describe, expect, it, vi } from "vitest";
import { createApiClient, type ApiSession } from "./client";
import { ApiError } from "./errors";
import { createTicket, createTicketBody, refusalsByField, type NewTicket } from "./ticket-create";

const session: ApiSession = { server: "https://psa.example.com", userId: "user-1", accessToken: "a".repeat(64), tenantId: "tenant-1" };
const ticket: NewTicket = {
  title: "  Printer offline ",
  board_id: "b",
  client_id: "c",
  status_id: "s",
  priority_id: "p",
  contact_name_id: "",
  location_id: undefined,
  description: "  Paper jam on floor 2\n",
};

describe("createTicketBody", () => {
  it("trims the title, leaves unset fields out (the server refuses null) and nests a typed description and the request id", () => {
    expect(createTicketBody(ticket, "r1")).toEqual({
      title: "Printer offline",
      board_id: "b",
      client_id: "c",
      status_id: "s",
      priority_id: "p",
      attributes: { description: "Paper jam on floor 2", alga_tickets_request: "r1" },
    });
    expect(createTicketBody({ ...ticket, description: "   " }, "r1")).toMatchObject({ attributes: { alga_tickets_request: "r1" } });
    expect(createTicketBody({ ...ticket, description: "   " }, "r1")).not.toHaveProperty("attributes.description");
  });
});

describe("createTicket", () => {
  it("posts once and reads the new ticket's id and number; a failure is not retried", async () => {
    const created = {
      ticket_id: "t1",
      ticket_number: "TIC001043",
      title: "Printer offline",
      entered_at: "2026-02-03T14:05:09.123Z",
      entered_by: "u",
    };
    const responses = [
      new Response(JSON.stringify({ data: { ...created, url: null, is_closed: false } }), { status: 201 }),
      new Response(JSON.stringify({ error: { code: "INTERNAL_ERROR", message: "An unexpected error occurred" } }), { status: 500 }),
    ];
    const fetchImpl = vi.fn(async () => responses.shift()!) as unknown as typeof fetch;
    const api = createApiClient({ getSession: () => session, refreshSession: async () => null, fetchImpl });
    await expect(createTicket(api, ticket, "r1")).resolves.toEqual(created);
    await expect(createTicket(api, ticket, "r1")).rejects.toMatchObject({ kind: "server" });
    expect(fetchImpl).toHaveBeenCalledTimes(2);
  });
});

describe("refusalsByField", () => {
  const refused = (details: unknown) =>
    new ApiError("validation", { status: 400, code: "VALIDATION_ERROR", message: "Validation failed", details });

  it("puts each detail beside its field: the empty path is the title, attributes the description", () => {
    expect(
      refusalsByField(
        refused([
          { path: ["status_id"], message: "status_id s does not belong to board_id b" },
          { path: [], message: "Ticket title is required" },
          { path: ["attributes"], message: "Expected object, received null" },
          { path: ["location_id"], message: "Invalid location: Location does not belong to the selected client" },
        ]),
      ),
    ).toEqual({
      status_id: "status_id s does not belong to board_id b",
      title: "Ticket title is required",
      description: "Expected object, received null",
      location_id: "Invalid location: Location does not belong to the selected client",
    });
  });

  it("keeps the first message of a field and sends unknown paths and other errors to the form", () => {
    expect(
      refusalsByField(
        refused([
          { path: ["title"], message: "Title is required" },
          { path: ["title"], message: "second" },
        ]),
      ),
    ).toEqual({
      title: "Title is required",
    });
    expect(refusalsByField(refused([{ path: ["tags", 0], message: "Expected string" }]))).toEqual({ form: "Expected string" });
    const invalidReference = new ApiError("validation", {
      status: 400,
      code: "BAD_REQUEST",
      message: "Invalid reference",
      details: "Key (client_id)…",
    });
    expect(refusalsByField(invalidReference)).toEqual({ form: "Invalid reference" });
    expect(refusalsByField(new ApiError("forbidden"))).toEqual({ form: "You don't have access to this." });
  });
});
