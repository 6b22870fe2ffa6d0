import type { TicketStats } from "../../api/schemas/tickets";
import { defaultView, type ListView } from "./list-view";
import "./StatsStrip.css";

/**
 * What the server reports, as it reports it (contract §5): `unassigned_tickets` counts closed
 * tickets too, so its tap shows open and closed; `overdue_tickets` is always 0 on the real server
 * and there is no overdue filter, so it is shown but not a button.
 */
export function StatsStrip({ stats, view, onChange }: { stats: TicketStats; view: ListView; onChange: (next: ListView) => void }) {
  const base = { ...defaultView, sort: view.sort, order: view.order };
  return (
    <dl className="stats-strip" aria-label="Ticket counts">
      <div className="stats-strip__item">
        <dt>Open</dt>
        <dd>
          <button type="button" onClick={() => onChange(base)} aria-label={`${stats.open_tickets} open: show open tickets`}>
            {stats.open_tickets.toLocaleString()}
          </button>
        </dd>
      </div>
      <div className="stats-strip__item">
        <dt>Unassigned</dt>
        <dd>
          <button
            type="button"
            onClick={() => onChange({ ...base, state: "all", assignee: "unassigned" })}
            aria-label={`${stats.unassigned_tickets} unassigned: show unassigned tickets`}
          >
            {stats.unassigned_tickets.toLocaleString()}
          </button>
        </dd>
      </div>
      <div className="stats-strip__item">
        <dt>Overdue</dt>
        <dd>
          <span className="stats-strip__value">{stats.overdue_tickets.toLocaleString()}</span>
        </dd>
      </div>
    </dl>
  );
}
