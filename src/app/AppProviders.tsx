import { onlineManager, type QueryClient } from "@tanstack/react-query";
import { PersistQueryClientProvider } from "@tanstack/react-query-persist-client";
import { lazy, Suspense, useMemo, type ReactNode } from "react";
import { installApiClient } from "../api/app-client";
import { createApiClient } from "../api/client";
import { refreshSession } from "../auth/refresh";
import { apiSessionOf, currentSession, sessionScope, useSession } from "../auth/session";
import { persistOptions } from "../offline/query-persistence";
import { learnFromAnswer } from "../tickets/server-features";
import { useAccountQueryClient } from "./use-account-query-client";

const OutboxRunner = lazy(() => import("./OutboxRunner"));

installApiClient(
  createApiClient({
    getSession: () => {
      const session = currentSession();
      return session && apiSessionOf(session);
    },
    refreshSession: async (failed) => {
      const fresh = await refreshSession(failed);
      return fresh && apiSessionOf(fresh);
    },
    onAnswer: learnFromAnswer,
  }),
);

// TanStack Query assumes online until an event says otherwise; an offline cold start must not wait for one.
onlineManager.setOnline(navigator.onLine);

/** `firstClient`: the query client of the account signed in at start, its saved list already restored (main.tsx). */
export function AppProviders({ children, firstClient }: { children: ReactNode; firstClient?: QueryClient }) {
  const session = useSession();
  const [server, userId] = session ? sessionScope(session) : [null, null];
  const queryClient = useAccountQueryClient(server, userId, firstClient);
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
      onSuccess={() => void restoreLater(queryClient)}
    >
      {server && userId ? (
        <Suspense fallback={null}>
          <OutboxRunner server={server} userId={userId} />
        </Suspense>
      ) : null}
      {children}
    </PersistQueryClientProvider>
  );
}
