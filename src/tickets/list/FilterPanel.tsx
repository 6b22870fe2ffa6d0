import { useQuery } from "@tanstack/react-query";
import { useTicketQueries } from "../ticket-queries";
import { sinceOptions, sortFields, type ListView, type SortField } from "./list-view";
import { TagFilter } from "./TagFilter";
import "./FilterPanel.css";

/** Sort and every filter, as plain form controls (native pickers on phones). */
export function FilterPanel({ view, onChange, slaKnown }: { view: ListView; onChange: (next: ListView) => void; slaKnown: boolean }) {
  const queries = useTicketQueries();
  const statuses = useQuery(queries.statuses());
  const priorities = useQuery(queries.priorities());
  // The list filters by status *name*; boards share names like "New" or "Closed".
  const statusNames = [...new Set((statuses.data ?? []).map((status) => status.name))].sort((a, b) => a.localeCompare(b));

  return (
    <div className="filter-panel">
      <label>
        <span>Sort by</span>
        <select className="control" value={view.sort} onChange={(event) => onChange({ ...view, sort: event.target.value as SortField })}>
          {Object.entries(sortFields)
            .filter(([value]) => slaKnown || value !== "sla_resolution_due_at" || view.sort === value)
            .map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
        </select>
      </label>
      <label>
        <span>Order</span>
        <select
          className="control"
          value={view.order}
          onChange={(event) => onChange({ ...view, order: event.target.value as ListView["order"] })}
        >
          <option value="desc">Descending</option>
          <option value="asc">Ascending</option>
        </select>
      </label>
      <label>
        <span>Tickets</span>
        <select
          className="control"
          value={view.state}
          onChange={(event) => onChange({ ...view, state: event.target.value as ListView["state"] })}
        >
          <option value="open">Open</option>
          <option value="closed">Closed</option>
          <option value="all">Open and closed</option>
        </select>
      </label>
      <label>
        <span>Assigned to</span>
        <select
          className="control"
          value={view.assignee}
          onChange={(event) => onChange({ ...view, assignee: event.target.value as ListView["assignee"] })}
        >
          <option value="any">Anyone</option>
          <option value="me">Me</option>
          <option value="unassigned">Nobody (unassigned)</option>
        </select>
      </label>
      <label>
        <span>Status</span>
        <select className="control" value={view.status} onChange={(event) => onChange({ ...view, status: event.target.value })}>
          <option value="">Any status</option>
          {statusNames.map((name) => (
            <option key={name} value={name}>
              {name}
            </option>
          ))}
          {view.status && !statusNames.includes(view.status) ? <option value={view.status}>{view.status}</option> : null}
        </select>
      </label>
      <label>
        <span>Priority</span>
        <select className="control" value={view.priority} onChange={(event) => onChange({ ...view, priority: event.target.value })}>
          <option value="">Any priority</option>
          {(priorities.data ?? []).map((priority) => (
            <option key={priority.priority_id} value={priority.priority_name}>
              {priority.priority_name}
            </option>
          ))}
          {view.priority && !priorities.data?.some((priority) => priority.priority_name === view.priority) ? (
            <option value={view.priority}>{view.priority}</option>
          ) : null}
        </select>
      </label>
      <TagFilter tag={view.tag} onChange={(tag) => onChange({ ...view, tag })} />
      <label>
        <span>Updated</span>
        <select
          className="control"
          value={view.since}
          onChange={(event) => onChange({ ...view, since: event.target.value as ListView["since"] })}
        >
          {Object.entries(sinceOptions).map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </select>
      </label>
    </div>
  );
}
