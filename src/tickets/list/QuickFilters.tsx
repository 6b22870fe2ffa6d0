import { defaultView, type ListView } from "./list-view";
import "./QuickFilters.css";

const quickFilters: { label: string; view: Partial<ListView> }[] = [
  { label: "My tickets", view: { assignee: "me" } },
  { label: "Unassigned", view: { assignee: "unassigned" } },
  { label: "High priority", view: { priority: "High" } },
  { label: "Recently updated", view: { since: "1d" } },
];

function matches(view: ListView, partial: Partial<ListView>) {
  return (Object.keys(partial) as (keyof ListView)[]).every((key) => view[key] === partial[key]);
}

/** One tap to the views a technician uses most; tapping an active one turns it off. */
export function QuickFilters({ view, onChange }: { view: ListView; onChange: (next: ListView) => void }) {
  return (
    <div className="quick-filters" role="group" aria-label="Quick filters">
      {quickFilters.map((filter) => {
        const active = matches(view, filter.view);
        const reset = Object.fromEntries(Object.keys(filter.view).map((key) => [key, defaultView[key as keyof ListView]]));
        return (
          <button
            key={filter.label}
            type="button"
            className="quick-filters__button"
            aria-pressed={active}
            onClick={() => onChange({ ...view, ...(active ? reset : filter.view) })}
          >
            {filter.label}
          </button>
        );
      })}
    </div>
  );
}
