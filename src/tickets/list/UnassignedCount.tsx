import type { TicketStats } from "../../api/schemas/tickets";
import { defaultView, type ListView } from "./list-view";
import "./UnassignedCount.css";

/**
 * How many tickets are unassigned, as the server reports it (contract §5), a tap to those tickets.
 * `unassigned_tickets` counts closed tickets too, so its tap shows open and closed. Open tickets are
 * the list's own count in the default view, so they are not repeated. The server's
 * `overdue_tickets` is always 0 (due dates are not consulted) and is not shown: a 0 would read as
 * "nothing is overdue".
 */
export function UnassignedCount({ stats, view, onChange }: { stats: TicketStats; view: ListView; onChange: (next: ListView) => void }) {
  const base = { ...defaultView, sort: view.sort, order: view.order };
  return (
    <button
      type="button"
      className="unassigned-count"
      onClick={() => onChange({ ...base, state: "all", assignee: "unassigned" })}
      aria-label={`${stats.unassigned_tickets.toLocaleString()} unassigned, open and closed: show them`}
    >
      {stats.unassigned_tickets.toLocaleString()} unassigned
    </button>
  );
}
