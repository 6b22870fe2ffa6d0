import { QueryClient } from "@tanstack/react-query";
import { ApiError } from "../api/errors";

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        // The API client already retries GETs on network errors and 5xx with backoff.
        retry: false,
        staleTime: 30_000,
        gcTime: 24 * 60 * 60_000,
        // Show what we have and try the network; never sit in "paused" with a blank screen.
        networkMode: "offlineFirst",
        throwOnError: (error) => !(error instanceof ApiError),
      },
      mutations: { networkMode: "offlineFirst" },
    },
  });
}
