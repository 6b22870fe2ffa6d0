import { useEffect, useMemo } from "react";
import { useSession } from "../auth/session";
import { notifyNewActivity } from "../tickets/for-me/system-notification";
import { showCountOnBadge } from "../pwa/app-badge";
import { useOutboxQueue } from "../tickets/changes/ticket-outbox";
import { usePolledFeed } from "../tickets/unread/feed-query";
import { useSeen } from "../tickets/unread/seen-store";
import { unseenTicketIds } from "../tickets/unread/unseen";
import { useFollowNewActivity } from "../tickets/unread/use-unseen";

/**
 * The tab's one poller of the notification feed, and the app icon's badge: tickets with something unseen plus
 * changes waiting to send. The badge goes when the account leaves this tab.
 */
export function AppBadge() {
  const session = useSession();
  return session ? <PolledBadge /> : null;
}

function PolledBadge() {
  const feed = usePolledFeed(useSession()!).data;
  const seen = useSeen();
  // A system notification when the app is not looked at (and the technician allowed them).
  useFollowNewActivity(feed, notifyNewActivity);
  const unseen = useMemo(() => (feed?.supported ? unseenTicketIds(feed.items, seen).size : 0), [feed, seen]);
  const unsent = useOutboxQueue().length;
  useEffect(() => showCountOnBadge(unseen + unsent), [unseen, unsent]);
  useEffect(() => () => showCountOnBadge(0), []);
  return null;
}
