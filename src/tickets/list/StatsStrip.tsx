import type { TicketStats } from "../../api/schemas/tickets";
import "./StatsStrip.css";

/**
 * What the server reports, as it reports it: `overdue_tickets` is always 0 on the real server and
 * `unassigned_tickets` counts closed tickets too (contract §5) — we show, we don't invent.
 */
export function StatsStrip({ stats }: { stats: TicketStats }) {
  const items = [
    { label: "Open", value: stats.open_tickets },
    { label: "Unassigned", value: stats.unassigned_tickets },
    { label: "Overdue", value: stats.overdue_tickets },
  ];
  return (
    <dl className="stats-strip" aria-label="Ticket counts">
      {items.map((item) => (
        <div key={item.label} className="stats-strip__item">
          <dt>{item.label}</dt>
          <dd>{item.value.toLocaleString()}</dd>
        </div>
      ))}
    </dl>
  );
}
