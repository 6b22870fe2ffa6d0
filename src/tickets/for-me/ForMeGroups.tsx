import { defaultRangeExtractor } from "@tanstack/react-virtual";
import { memo, useState, type FocusEvent } from "react";
import { Link } from "react-router";
import type { FeedItem } from "../../api/activities";
import { useT } from "../../i18n/active-language";
import { exactTime, relativeTime } from "../../lib/relative-time";
import { useWindowList } from "../../ui/use-window-list";
import { isUnseen, type Seen } from "../unread/unseen";
import type { FeedGroup } from "./feed-groups";
import { ticketHeading, whatHappened } from "./for-me-words";

// A ticket's heading and a few notifications; the real height is measured once the group is shown.
const ESTIMATED_GROUP_PX = 240;
// Groups kept rendered beyond each edge of the screen: one more than the next link Tab can reach, so
// the group after the focused one is already there when the browser scrolls the focus into view.
const OVERSCAN_GROUPS = 2;

interface ForMeGroupsProps {
  groups: FeedGroup[];
  seen: Seen;
  titleOf: (ticketId: string) => { number: string; title: string } | null;
}

/**
 * The groups, newest first, rendered only near the screen: with 500 notifications, rendering every group
 * made each scroll step a 39 ms task at 4× CPU (npm run bench), more than two frames.
 */
export function ForMeGroups({ groups, seen, titleOf }: ForMeGroupsProps) {
  const [focused, setFocused] = useState<number | null>(null);
  const { virtualizer, listRef, offset } = useWindowList<HTMLOListElement>({
    count: groups.length,
    estimateSize: ESTIMATED_GROUP_PX,
    overscan: OVERSCAN_GROUPS,
    getItemKey: (index) => groups[index]?.ticketId ?? "none",
    keptAs: "/for-me",
    // The group after the focused one is always in the page, so Tab never leaves the list before its end,
    // however fast it is pressed (the scroll that brings in more groups comes a frame later).
    rangeExtractor: (range) =>
      [...new Set([...defaultRangeExtractor(range), ...(focused === null ? [] : [focused, focused + 1])])]
        .filter((index) => index < groups.length)
        .sort((a, b) => a - b),
  });
  const onFocus = (event: FocusEvent<HTMLOListElement>) =>
    setFocused(Number(event.target.closest("[data-index]")?.getAttribute("data-index") ?? 0));
  return (
    <ol ref={listRef} className="for-me__groups" style={{ height: virtualizer.getTotalSize() }} onFocus={onFocus}>
      {virtualizer.getVirtualItems().map((item) => {
        const group = groups[item.index]!;
        return (
          <li
            key={item.key}
            ref={virtualizer.measureElement}
            data-index={item.index}
            className="for-me__slot"
            // Only a screenful is in the page: the list's size and each group's place are told to screen readers.
            aria-setsize={groups.length}
            aria-posinset={item.index + 1}
            style={{ transform: `translateY(${item.start - offset}px)` }}
          >
            <TicketGroup group={group} seen={seen} titleOf={titleOf} />
          </li>
        );
      })}
    </ol>
  );
}

/** Memoised: each scroll step re-renders the list, and only the groups it adds need rendering (and a title lookup). */
const TicketGroup = memo(function TicketGroup({ group, seen, titleOf }: { group: FeedGroup } & Omit<ForMeGroupsProps, "groups">) {
  const title = group.ticketId ? titleOf(group.ticketId) : null;
  const headingId = `for-me-${group.ticketId ?? "none"}`;
  const t = useT();
  const unseen = group.items.some((item) => isUnseen(item, seen));
  const heading = group.ticketId ? ticketHeading(group.ticketNumber ?? title?.number ?? null) : t("forMe.notAboutATicket");
  return (
    <section aria-labelledby={headingId} className={unseen ? "for-me__group for-me__group--unseen" : "for-me__group"}>
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
  );
});

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
