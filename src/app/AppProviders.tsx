import { onlineManager } from "@tanstack/react-query";
import { PersistQueryClientProvider } from "@tanstack/react-query-persist-client";
import { useEffect, useMemo, useState, type ReactNode } from "react";
import { ApiClientProvider } from "../lib/api-client-context";
import { createApiClient } from "../api/client";
import { refreshSession } from "../auth/refresh";
import { apiSessionOf, currentSession, sessionScope, useSession } from "../auth/session";
import { useOutboxRunner } from "../tickets/changes/ticket-outbox";
import { persistOptions } from "../offline/query-persistence";
import { requestPersistentStorage } from "../offline/storage";
import { createQueryClient } from "./query-client";

// TanStack Query assumes online until an event says otherwise; an offline cold start must not wait for one.
onlineManager.setOnline(navigator.onLine);

export function AppProviders({ children }: { children: ReactNode }) {
  const [api] = useState(() =>
    createApiClient({
      getSession: () => {
        const session = currentSession();
        return session && apiSessionOf(session);
      },
      refreshSession: async (failed) => {
        const fresh = await refreshSession(failed);
        return fresh && apiSessionOf(fresh);
      },
    }),
  );
  const session = useSession();
  const [server, userId] = session ? sessionScope(session) : [null, null];
  const queryClient = useAccountQueryClient(server, userId);
  const options = useMemo(() => persistOptions(server && userId ? [server, userId] : null), [server, userId]);
  return (
    // Keyed by account: the provider reads its persister once, at mount, so a sign-in must remount it.
    <PersistQueryClientProvider key={`${server}:${userId}`} client={queryClient} persistOptions={options}>
      <ApiClientProvider value={api}>
        <OutboxRunner server={server} userId={userId} />
        {children}
      </ApiClientProvider>
    </PersistQueryClientProvider>
  );
}

/**
 * A fresh query cache for every account, dropped when the account leaves this tab (sign-out, expiry, another
 * account signed in anywhere): nothing of one account stays in memory, or gets persisted, for the next (review M1, M2).
 */
function useAccountQueryClient(server: string | null, userId: string | null) {
  const account = `${server}:${userId}`;
  const [cache, setCache] = useState(() => ({ account, client: createQueryClient() }));
  if (cache.account !== account) setCache({ account, client: createQueryClient() });
  useEffect(() => () => cache.client.clear(), [cache.client]);
  return cache.client;
}

function OutboxRunner({ server, userId }: { server: string | null; userId: string | null }) {
  useOutboxRunner(server, userId);
  // Someone who signed in uses the app: ask the browser to keep its offline data under storage pressure.
  useEffect(() => {
    if (userId) void requestPersistentStorage();
  }, [userId]);
  return null;
}
