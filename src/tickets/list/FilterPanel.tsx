import { useQuery } from "@tanstack/react-query";
import { useTicketQueries } from "../ticket-queries";
import { sinceOptions, sortFields, type ListView, type SortField } from "./list-view";
import { TagFilter } from "./TagFilter";
import { useT } from "../../i18n/active-language";
import "./FilterPanel.css";

/** Sort and every filter, as plain form controls (native pickers on phones). */
export function FilterPanel({ view, onChange, slaKnown }: { view: ListView; onChange: (next: ListView) => void; slaKnown: boolean }) {
  const t = useT();
  const queries = useTicketQueries();
  const statuses = useQuery(queries.statuses());
  const priorities = useQuery(queries.priorities());
  // The list filters by status *name*; boards share names like "New" or "Closed".
  const statusNames = [...new Set((statuses.data ?? []).map((status) => status.name))].sort((a, b) => a.localeCompare(b));

  return (
    <div className="filter-panel">
      <label>
        <span>{t("list.sortBy")}</span>
        <select className="control" value={view.sort} onChange={(event) => onChange({ ...view, sort: event.target.value as SortField })}>
          {Object.entries(sortFields)
            .filter(([value]) => slaKnown || value !== "sla_resolution_due_at" || view.sort === value)
            .map(([value, [label]]) => (
              <option key={value} value={value}>
                {t(label)}
              </option>
            ))}
        </select>
      </label>
      <label>
        <span>{t("list.order")}</span>
        <select
          className="control"
          value={view.order}
          onChange={(event) => onChange({ ...view, order: event.target.value as ListView["order"] })}
        >
          <option value="desc">{t("list.descending")}</option>
          <option value="asc">{t("list.ascending")}</option>
        </select>
      </label>
      <label>
        <span>{t("list.state")}</span>
        <select
          className="control"
          value={view.state}
          onChange={(event) => onChange({ ...view, state: event.target.value as ListView["state"] })}
        >
          <option value="open">{t("list.stateOpen")}</option>
          <option value="closed">{t("list.stateClosed")}</option>
          <option value="all">{t("list.stateAll")}</option>
        </select>
      </label>
      <label>
        <span>{t("list.assignedTo")}</span>
        <select
          className="control"
          value={view.assignee}
          onChange={(event) => onChange({ ...view, assignee: event.target.value as ListView["assignee"] })}
        >
          <option value="any">{t("list.anyone")}</option>
          <option value="me">{t("list.me")}</option>
          <option value="unassigned">{t("list.nobody")}</option>
        </select>
      </label>
      <label>
        <span>{t("list.status")}</span>
        <select className="control" value={view.status} onChange={(event) => onChange({ ...view, status: event.target.value })}>
          <option value="">{t("list.anyStatus")}</option>
          {statusNames.map((name) => (
            <option key={name} value={name}>
              {name}
            </option>
          ))}
          {view.status && !statusNames.includes(view.status) ? <option value={view.status}>{view.status}</option> : null}
        </select>
      </label>
      <label>
        <span>{t("list.priority")}</span>
        <select className="control" value={view.priority} onChange={(event) => onChange({ ...view, priority: event.target.value })}>
          <option value="">{t("list.anyPriority")}</option>
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
        <span>{t("list.updated")}</span>
        <select
          className="control"
          value={view.since}
          onChange={(event) => onChange({ ...view, since: event.target.value as ListView["since"] })}
        >
          {Object.entries(sinceOptions).map(([value, label]) => (
            <option key={value} value={value}>
              {t(label)}
            </option>
          ))}
        </select>
      </label>
    </div>
  );
}
