import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { cleanup, render } from "@testing-library/react";
import type { ReactNode } from "react";
import { afterEach } from "vitest";
import type { ApiClient } from "../api/client";
import { ApiClientProvider } from "../lib/api-client-context";
import { useOutboxRunner } from "../tickets/changes/ticket-outbox";
import { me } from "./fake-server";

export const server = "https://psa.example.com";

afterEach(cleanup);

function OutboxRunner() {
  useOutboxRunner(server, me);
  return null;
}

/** Renders `ui` as `me` signed in to `server` sees it: a fresh query cache, `api` and a running outbox. */
export function renderSignedIn(ui: ReactNode, api: ApiClient) {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  return render(
    <QueryClientProvider client={queryClient}>
      <ApiClientProvider value={api}>
        <OutboxRunner />
        {ui}
      </ApiClientProvider>
    </QueryClientProvider>,
  );
}
