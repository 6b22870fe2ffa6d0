import type { QueryClient } from "@tanstack/react-query";
import { useEffect, useRef, useState } from "react";
import { createQueryClient } from "./query-client";

/**
 * A fresh query cache for every account, dropped when the account leaves this tab (sign-out, expiry, another
 * account signed in anywhere): nothing of one account stays in memory, or gets persisted, for the next.
 */
export function useAccountQueryClient(server: string | null, userId: string | null, firstClient: QueryClient | undefined) {
  const account = `${server}:${userId}`;
  const [cache, setCache] = useState(() => ({ account, client: firstClient ?? createQueryClient() }));
  if (cache.account !== account) setCache({ account, client: createQueryClient() });
  // The client in use, null once unmounted. StrictMode (development) runs the cleanup and the effect again at
  // once: the clear waits a microtask and leaves alone a client still in use, the restored one above all.
  const inUse = useRef<QueryClient | null>(null);
  useEffect(() => {
    const { client } = cache;
    inUse.current = client;
    return () => {
      inUse.current = null;
      queueMicrotask(() => inUse.current !== client && client.clear());
    };
  }, [cache]);
  return cache.client;
}
