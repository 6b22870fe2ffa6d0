import { useQueryClient } from "@tanstack/react-query";
import { useT } from "../../i18n/active-language";
import { useMemo } from "react";
import { Link } from "react-router";
import type { FeedItem } from "../../api/activities";
import { useSession } from "../../auth/session";
import { exactTime, relativeTime } from "../../lib/relative-time";
import { useOnline } from "../../offline/use-online-status";
import { Message } from "../../ui/Message";
import { TopBar } from "../../ui/TopBar";
import { useTicketQueries } from "../ticket-queries";
import { ticketOnDevice } from "../rows-on-device";
import { useFeed } from "../unread/feed-query";
import { editSeen, useSeen } from "../unread/seen-store";
import { isUnseen, unseenTicketIds, withAllSeen, type Seen } from "../unread/unseen";
import { groupByTicket, type FeedGroup } from "./feed-groups";
import { ticketHeading, whatHappened } from "./for-me-words";
import { NotifyPermission } from "./NotifyPermission";
import "./ForMeScreen.css";

/** What needs the technician: the notification feed per ticket, newest first, unseen ones marked until the ticket is opened. */
export function ForMeScreen() {
  const session = useSession()!;
  const t = useT();
  const feed = useFeed();
  const seen = useSeen();
  const online = useOnline();
  const titles = useTicketTitles();
  const data = feed.data;
  const items = useMemo(() => (data?.supported ? data.items : []), [data]);
  const groups = useMemo(() => groupByTicket(items), [items]);
  const unseenTickets = unseenTicketIds(items, seen).size;
  const anyUnseen = items.some((item) => isUnseen(item, seen));
  const when = feed.dataUpdatedAt ? exactTime(new Date(feed.dataUpdatedAt).toISOString()) : "";

  return (
    <div className="screen">
      <TopBar
        title={t("forMe.title")}
        back={{ to: "/tickets", label: t("ticket.backToTickets") }}
        actions={
          data?.supported ? (
            <button
              type="button"
              className="for-me__mark-seen"
              onClick={() => void editSeen(session, (current) => withAllSeen(current, items))}
              disabled={!anyUnseen}
            >
              {t("forMe.markAllSeen")}
            </button>
          ) : null
        }
      />
      <main className="for-me">
        {data?.supported === false ? <p className="for-me__note">{t("forMe.unsupported")}</p> : null}
        {feed.isPending ? <p className="for-me__note">{t("forMe.loading")}</p> : null}
        {feed.isError && !data ? <Message title={t("forMe.neverLoaded")} tone="error" /> : null}
        {data?.supported ? (
          <>
            <p className="for-me__note" role="status">
              {!online && when
                ? t("forMe.offline", { when })
                : feed.isError
                  ? t("forMe.failed")
                  : unseenTickets === 0
                    ? t("forMe.nothingNew")
                    : t("forMe.newCount", { n: unseenTickets })}
              {data.skipped > 0 ? ` ${t("forMe.skipped", { n: data.skipped })}` : null}
            </p>
            <NotifyPermission />
            {groups.length === 0 ? <p className="for-me__note">{t("forMe.empty")}</p> : null}
            <ol className="for-me__groups">
              {groups.map((group) => (
                <TicketGroup
                  key={group.ticketId ?? "none"}
                  group={group}
                  seen={seen}
                  title={group.ticketId ? titles(group.ticketId) : null}
                />
              ))}
            </ol>
          </>
        ) : null}
      </main>
    </div>
  );
}

function TicketGroup({ group, seen, title }: { group: FeedGroup; seen: Seen; title: { number: string; title: string } | null }) {
  const headingId = `for-me-${group.ticketId ?? "none"}`;
  const t = useT();
  const unseen = group.items.some((item) => isUnseen(item, seen));
  const heading = group.ticketId ? ticketHeading(group.ticketNumber ?? title?.number ?? null) : t("forMe.notAboutATicket");
  return (
    <li className={unseen ? "for-me__group for-me__group--unseen" : "for-me__group"}>
      <section aria-labelledby={headingId}>
        <h2 id={headingId} className="for-me__ticket">
          {group.ticketId ? (
            <Link to={`/tickets/${group.ticketId}`}>
              {heading}
              {title?.title ? (
                <span className="for-me__ticket-title" dir="auto">
                  {t("forMe.titleAfter", { title: title.title })}
                </span>
              ) : null}
            </Link>
          ) : (
            heading
          )}
          {unseen ? <span className="for-me__new">{t("forMe.newLabel")}</span> : null}
        </h2>
        <ul className="for-me__items">
          {group.items.map((item) => (
            <FeedEntry key={item.id} item={item} unseen={isUnseen(item, seen)} />
          ))}
        </ul>
      </section>
    </li>
  );
}

function FeedEntry({ item, unseen }: { item: FeedItem; unseen: boolean }) {
  const t = useT();
  return (
    <li className={unseen ? "for-me__item for-me__item--unseen" : "for-me__item"}>
      <p className="for-me__what">
        {unseen ? <span className="visually-hidden">{t("forMe.newPrefix")}</span> : null}
        <span>{whatHappened(item)}</span>
        <time dateTime={item.createdAt} title={exactTime(item.createdAt)} className="for-me__time">
          {relativeTime(item.createdAt)}
        </time>
      </p>
      {item.message ? (
        <p className="for-me__message" dir="auto">
          {item.message}
        </p>
      ) : null}
    </li>
  );
}

/** A ticket's number and title from what this device already holds (its detail or a row); no request. */
function useTicketTitles() {
  const queryClient = useQueryClient();
  const queries = useTicketQueries();
  return (ticketId: string) => ticketOnDevice(queryClient, queries, ticketId);
}
