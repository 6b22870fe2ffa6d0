import type { TicketStats } from "../../api/schemas/tickets";
import { defaultView, type ListView } from "./list-view";
import { useT } from "../../i18n/active-language";
import "./UnassignedCount.css";

/**
 * How many tickets are unassigned, as the server reports it (contract §5), a tap to those tickets.
 * `unassigned_tickets` counts closed tickets too, so its tap shows open and closed. Open tickets are
 * the list's own count in the default view, so they are not repeated. The server's
 * `overdue_tickets` is always 0 (due dates are not consulted) and is not shown: a 0 would read as
 * "nothing is overdue".
 */
export function UnassignedCount({ stats, view, onChange }: { stats: TicketStats; view: ListView; onChange: (next: ListView) => void }) {
  const t = useT();
  const base = { ...defaultView, sort: view.sort, order: view.order };
  const n = stats.unassigned_tickets;
  return (
    <button
      type="button"
      className="unassigned-count"
      onClick={() => onChange({ ...base, state: "all", assignee: "unassigned" })}
      aria-label={t("list.unassignedCountLabel", { n })}
    >
      {t("list.unassignedCount", { n })}
    </button>
  );
}
