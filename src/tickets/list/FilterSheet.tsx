import { useEffect, useRef } from "react";
import { Button } from "../../ui/Button";
import { FilterPanel } from "./FilterPanel";
import { defaultView, type ListView } from "./list-view";
import "./FilterSheet.css";

interface FilterSheetProps {
  open: boolean;
  onClose: () => void;
  view: ListView;
  onChange: (next: ListView) => void;
  /** How many tickets the view holds, once the server has said. */
  total: number | undefined;
}

/**
 * Sort and filters in a sheet over the list, not a panel that pushes it down: the results change
 * underneath while the technician picks. A modal <dialog> gives Esc, the focus trap, the inert page
 * and the way back to the button for free.
 */
export function FilterSheet({ open, onClose, view, onChange, total }: FilterSheetProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (open && !element.open) element.showModal();
    if (!open && element.open) element.close();
  }, [open]);

  return (
    <dialog
      ref={dialog}
      id="filter-sheet"
      className="filter-sheet"
      aria-labelledby="filter-sheet-title"
      onClose={onClose}
      // A tap on the backdrop lands on the dialog itself, outside its content.
      onClick={(event) => event.target === event.currentTarget && onClose()}
    >
      {open ? (
        <div className="filter-sheet__content">
          <h2 id="filter-sheet-title" className="filter-sheet__title">
            Sort and filter
          </h2>
          <FilterPanel view={view} onChange={onChange} />
          <div className="filter-sheet__footer">
            <Button variant="secondary" onClick={() => onChange(defaultView)}>
              Reset
            </Button>
            <Button onClick={onClose}>
              {total === undefined ? "Show tickets" : `Show ${total.toLocaleString()} ${total === 1 ? "ticket" : "tickets"}`}
            </Button>
          </div>
        </div>
      ) : null}
    </dialog>
  );
}
