import { activeFilters, defaultView, isQuickFilterOn, quickFilters, viewChips, type ListView } from "./list-view";
import { useT } from "../../i18n/active-language";
import "./FilterRow.css";

/**
 * One row that scrolls sideways: the filters in force that no quick filter shows (each removable),
 * then the quick filters a technician uses most (tapping a pressed one turns it off). One row keeps
 * the list's first ticket high on a phone whatever is applied.
 */
export function FilterRow({ view, onChange, slaKnown }: { view: ListView; onChange: (next: ListView) => void; slaKnown: boolean }) {
  const t = useT();
  const chips = viewChips(view);
  // "SLA at risk" only where the server sends SLA targets (still shown while on, so it can be turned off).
  const offered = quickFilters.filter((filter) => slaKnown || !("sla" in filter.view) || view.sla);
  return (
    <div className="filter-row" role="group" aria-label={t("list.quickFilters")}>
      {chips.map((chip) => (
        <button
          key={chip.label}
          type="button"
          className="filter-row__chip filter-row__chip--applied"
          onClick={() => onChange(chip.without)}
          aria-label={t("list.removeChip", { label: chip.label })}
        >
          <span dir="auto">{chip.label}</span>
          <span aria-hidden="true">×</span>
        </button>
      ))}
      {offered.map((filter) => {
        const on = isQuickFilterOn(view, filter.view);
        const reset = Object.fromEntries(Object.keys(filter.view).map((key) => [key, defaultView[key as keyof ListView]]));
        return (
          <button
            key={filter.key}
            type="button"
            className="filter-row__chip"
            aria-pressed={on}
            onClick={() => onChange({ ...view, ...(on ? reset : filter.view) })}
          >
            {t(filter.key)}
          </button>
        );
      })}
      {activeFilters(view).length > 0 ? (
        <button
          type="button"
          className="filter-row__clear"
          onClick={() => onChange({ ...defaultView, sort: view.sort, order: view.order })}
        >
          {t("list.clearAll")}
        </button>
      ) : null}
    </div>
  );
}
