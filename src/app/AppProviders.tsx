import { onlineManager } from "@tanstack/react-query";
import { PersistQueryClientProvider } from "@tanstack/react-query-persist-client";
import { lazy, Suspense, useMemo, useState, type ReactNode } from "react";
import { ApiClientProvider } from "../lib/api-client-context";
import { createApiClient } from "../api/client";
import { refreshSession } from "../auth/refresh";
import { currentSession, sessionScope, useSession } from "../auth/session";
import { persistOptions } from "../offline/query-persistence";
import { createQueryClient } from "./query-client";

const OutboxRunner = lazy(() => import("./OutboxRunner"));

// TanStack Query assumes online until an event says otherwise; an offline cold start must not wait for one.
onlineManager.setOnline(navigator.onLine);

export function AppProviders({ children }: { children: ReactNode }) {
  const [queryClient] = useState(createQueryClient);
  const [api] = useState(() =>
    createApiClient({ getSession: currentSession, refreshSession: (failed) => refreshSession(failed.accessToken) }),
  );
  const session = useSession();
  const [server, userId] = session ? sessionScope(session) : [null, null];
  const { persistOptions: options, restoreLater } = useMemo(
    () => persistOptions(server && userId ? [server, userId] : null),
    [server, userId],
  );
  return (
    // Keyed by account: the provider reads its persister once, at mount, so a sign-in must remount it.
    <PersistQueryClientProvider
      key={`${server}:${userId}`}
      client={queryClient}
      persistOptions={options}
      onSuccess={() => {
        // A milestone in the start-up trace of `npm run bench` (bench/startup.ts).
        performance.mark("alga:cache-restored");
        void restoreLater(queryClient);
      }}
    >
      <ApiClientProvider value={api}>
        {server && userId ? (
          <Suspense fallback={null}>
            <OutboxRunner server={server} userId={userId} />
          </Suspense>
        ) : null}
        {children}
      </ApiClientProvider>
    </PersistQueryClientProvider>
  );
}
