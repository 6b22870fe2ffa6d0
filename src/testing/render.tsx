import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { cleanup, configure, render } from "@testing-library/react";
import type { ReactNode } from "react";
import { afterEach } from "vitest";
import type { ApiClient } from "../api/client";
import { restoreSession } from "../auth/session";
import { installApiClient } from "../api/app-client";
import { useOutboxRunner } from "../tickets/changes/ticket-outbox";
import { me } from "./fake-alga";
import { storeSessionFor } from "./stored-session";

export const server = "https://psa.example.com";

afterEach(cleanup);
// IndexedDB round trips on a loaded two-core machine take longer than Testing Library's 1 s default.
configure({ asyncUtilTimeout: 5_000 });

/** Signs `me` in to `server`, as the app is after a sign-in: stored, then published to the screens. */
export async function signIn(): Promise<void> {
  await storeSessionFor(server, me);
  await restoreSession();
}

function OutboxRunner() {
  useOutboxRunner(server, me);
  return null;
}

/** Renders `ui` as `me` signed in to `server` sees it: a fresh query cache, `api` and a running outbox. */
export function renderSignedIn(ui: ReactNode, api: ApiClient) {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  installApiClient(api);
  return render(
    <QueryClientProvider client={queryClient}>
      <OutboxRunner />
      {ui}
    </QueryClientProvider>,
  );
}
