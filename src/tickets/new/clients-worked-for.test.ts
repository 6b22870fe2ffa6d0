import { QueryClient } from "@tanstack/react-query";
import { describe, expect, it } from "vitest";
import { clientsWorkedFor, hasTicketsOnDevice } from "./clients-worked-for";

const tickets = ["alga", "https://psa.example.com", "me", "tickets"] as const;
const row = (client_id: string | null, assigned_to: string | null = "someone") => ({ client_id, assigned_to });
const list = (...rows: ReturnType<typeof row>[]) => ({ pages: [{ data: rows }], pageParams: [1] });

describe("the clients whose contacts are kept on the device", () => {
  it("are those of the tickets on the device, the technician's own first, each once", () => {
    const queryClient = new QueryClient();
    queryClient.setQueryData(
      [...tickets, "list", { is_open: true }],
      list(row("c-harbor"), row("c-acme", "me"), row(null), row("c-harbor")),
    );
    queryClient.setQueryData([...tickets, "detail", "t-1"], row("c-river"));
    // A ticket's comments lie under its key: no client there.
    queryClient.setQueryData([...tickets, "detail", "t-1", "comments"], []);
    expect(clientsWorkedFor(queryClient, tickets, "me")).toEqual(["c-acme", "c-river", "c-harbor"]);
  });

  it("are bounded: one request each", () => {
    const queryClient = new QueryClient();
    queryClient.setQueryData([...tickets, "list", {}], list(...Array.from({ length: 30 }, (_, index) => row(`c-${index}`))));
    expect(clientsWorkedFor(queryClient, tickets, "me", 20)).toHaveLength(20);
  });

  it("are unknown until a list of tickets has come: an opened ticket or a pending fetch does not say whose they are", () => {
    const queryClient = new QueryClient();
    queryClient.setQueryData([...tickets, "detail", "t-1"], row("c-river"));
    void queryClient.prefetchQuery({ queryKey: [...tickets, "list", {}], queryFn: () => new Promise(() => undefined) });
    expect(hasTicketsOnDevice(queryClient, tickets)).toBe(false);
    queryClient.setQueryData([...tickets, "list", {}], list(row("c-acme")));
    expect(hasTicketsOnDevice(queryClient, tickets)).toBe(true);
  });
});
