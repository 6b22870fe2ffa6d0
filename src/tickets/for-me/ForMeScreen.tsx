import { useQueryClient } from "@tanstack/react-query";
import { useT } from "../../i18n/active-language";
import { useMemo } from "react";
import { useSession } from "../../auth/session";
import { exactTime } from "../../lib/relative-time";
import { useOnline } from "../../offline/use-online-status";
import { Message } from "../../ui/Message";
import { TopBar } from "../../ui/TopBar";
import { useTicketQueries } from "../ticket-queries";
import { ticketOnDevice } from "../rows-on-device";
import { useFeed } from "../unread/feed-query";
import { editSeen, useSeen } from "../unread/seen-store";
import { isUnseen, unseenTicketIds, withAllSeen } from "../unread/unseen";
import { groupByTicket } from "./feed-groups";
import { ForMeGroups } from "./ForMeGroups";
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
            <ForMeGroups groups={groups} seen={seen} titleOf={titles} />
          </>
        ) : null}
      </main>
    </div>
  );
}

/** A ticket's number and title from what this device already holds (its detail or a row); no request. */
function useTicketTitles() {
  const queryClient = useQueryClient();
  const queries = useTicketQueries();
  return (ticketId: string) => ticketOnDevice(queryClient, queries, ticketId);
}
