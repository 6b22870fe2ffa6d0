import { QueryClient } from "@tanstack/react-query";
import { ApiError } from "../api/errors";
import { CACHE_MAX_AGE_MS } from "../lib/cache-lifetime";

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        // The API client already retries GETs on network errors and 5xx with backoff.
        retry: false,
        staleTime: 30_000,
        // At least the persisted cache's maximum age, or restored data would be collected at once.
        gcTime: CACHE_MAX_AGE_MS,
        // Show what we have and try the network; never sit in "paused" with a blank screen.
        networkMode: "offlineFirst",
        throwOnError: (error) => !(error instanceof ApiError),
      },
      mutations: { networkMode: "offlineFirst" },
    },
  });
}
