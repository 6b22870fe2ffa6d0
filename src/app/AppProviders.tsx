import { QueryClientProvider } from "@tanstack/react-query";
import { useState, type ReactNode } from "react";
import { ApiClientProvider } from "../api/api-client-context";
import { createApiClient } from "../api/client";
import { refreshSession } from "../auth/refresh";
import { currentSession } from "../auth/session";
import { createQueryClient } from "./query-client";

export function AppProviders({ children }: { children: ReactNode }) {
  const [queryClient] = useState(createQueryClient);
  const [api] = useState(() =>
    createApiClient({ getSession: currentSession, refreshSession: (failed) => refreshSession(failed.accessToken) }),
  );
  return (
    <QueryClientProvider client={queryClient}>
      <ApiClientProvider value={api}>{children}</ApiClientProvider>
    </QueryClientProvider>
  );
}
