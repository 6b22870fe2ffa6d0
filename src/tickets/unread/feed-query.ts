import { queryOptions, useQuery, type Query } from "@tanstack/react-query";
import { getFeed, type Feed } from "../../api/activities";
import { ApiError } from "../../api/errors";
import { sessionScope, useSession, type Session } from "../../auth/session";
import { apiClient } from "../../api/app-client";
import { accountQueryKey } from "../ticket-queries";
import { nextPollMs, PollStreak } from "./poll-schedule";

const streak = new PollStreak();
// Feed answers older than this are from an earlier start: a server that lacked the feed then is asked once more.
const appStartedAt = Date.now();

/** The account's notification feed; its failures in a row set the poll's back-off. */
export function feedQuery(session: Session) {
  const account = accountQueryKey(...sessionScope(session));
  const streakKey = account.join(":");
  return queryOptions({
    queryKey: [...account, "feed"],
    queryFn: async ({ signal, meta }): Promise<Feed> => {
      const streakKey = String(meta?.streakKey);
      try {
        const feed = await getFeed(apiClient(), signal);
        streak.succeeded(streakKey);
        return feed;
      } catch (error) {
        if (!(error instanceof ApiError && error.kind === "canceled")) streak.failed(streakKey);
        throw error;
      }
    },
    // Offline the poll waits for the network instead of failing into the back-off; the last inbox stays shown.
    networkMode: "online",
    retry: false,
    // Every screen that reads the feed mounts it; a server without it is asked once per start (it may have been
    // upgraded), however fresh the answer saved before.
    refetchOnMount: (query) => query.state.data?.supported !== false || (query.state.dataUpdatedAt < appStartedAt ? "always" : false),
    meta: { streakKey },
  });
}

type FeedQuery = Query<Feed, Error, Feed, string[]>;

const streakKeyOf = (query: FeedQuery) => String(query.meta?.streakKey);

/** While a back-off runs, focus and reconnect do not cut it short: that is when a rate limit needs us quiet. */
function backingOff(query: FeedQuery): boolean {
  const failures = streak.count(streakKeyOf(query));
  if (failures === 0 || query.state.status !== "error") return false;
  return Date.now() < query.state.errorUpdatedAt + nextPollMs(failures, query.state.error);
}

/** The feed as screens read it: no timer of their own (the app's one poller keeps it fresh). */
export function useFeed() {
  const session = useSession();
  if (!session) throw new Error("useFeed needs a session");
  return useQuery(feedQuery(session));
}

/**
 * The one poller of a tab: about every minute while the page is visible and online, at once when it comes back
 * into view or online, never while hidden (TanStack pauses the interval in the background); after failures the
 * next poll waits longer (poll-schedule.ts). A server without the feed is not asked again until the next start.
 */
export function usePolledFeed(session: Session) {
  return useQuery({
    ...feedQuery(session),
    refetchInterval: (query) =>
      query.state.data?.supported === false ? false : nextPollMs(streak.count(streakKeyOf(query)), query.state.error),
    refetchIntervalInBackground: false,
    refetchOnWindowFocus: (query) => (query.state.data?.supported === false || backingOff(query) ? false : "always"),
    refetchOnReconnect: (query) => (query.state.data?.supported === false || backingOff(query) ? false : "always"),
  });
}
