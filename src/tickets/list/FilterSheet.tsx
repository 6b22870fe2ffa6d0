import { Button } from "../../ui/Button";
import { Sheet } from "../../ui/Sheet";
import { FilterPanel } from "./FilterPanel";
import { defaultView, type ListView } from "./list-view";
import { useT } from "../../i18n/active-language";
import "./FilterSheet.css";

interface FilterSheetProps {
  open: boolean;
  onClose: () => void;
  view: ListView;
  onChange: (next: ListView) => void;
  /** How many tickets the view holds, once the server has said. */
  total: number | undefined;
  /** Whether the server sends SLA targets: the SLA sort is offered only then. */
  slaKnown: boolean;
}

/** Sort and filters in a sheet over the list, not a panel that pushes it down; the results change underneath. */
export function FilterSheet({ open, onClose, view, onChange, total, slaKnown }: FilterSheetProps) {
  const t = useT();
  return (
    <Sheet open={open} onClose={onClose} title={t("list.sheetTitle")}>
      <FilterPanel view={view} onChange={onChange} slaKnown={slaKnown} />
      <div className="filter-sheet__footer">
        <Button variant="secondary" onClick={() => onChange(defaultView)}>
          {t("list.reset")}
        </Button>
        <Button onClick={onClose}>{total === undefined ? t("list.showTickets") : t("list.showCount", { n: total })}</Button>
      </div>
    </Sheet>
  );
}
