import { activeFilters, defaultView, type ListView } from "./list-view";
import "./FilterChips.css";

export function FilterChips({ view, onChange }: { view: ListView; onChange: (next: ListView) => void }) {
  const chips = activeFilters(view);
  if (chips.length === 0) return null;
  return (
    <div className="filter-chips" aria-label="Active filters" role="group">
      {chips.map((chip) => (
        <button
          key={chip.label}
          type="button"
          className="filter-chips__chip"
          onClick={() => onChange(chip.without)}
          aria-label={`Remove filter ${chip.label}`}
        >
          <span dir="auto">{chip.label}</span>
          <span aria-hidden="true">×</span>
        </button>
      ))}
      <button
        type="button"
        className="filter-chips__clear"
        onClick={() => onChange({ ...defaultView, sort: view.sort, order: view.order })}
      >
        Clear all
      </button>
    </div>
  );
}
