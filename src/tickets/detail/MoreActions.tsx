import { useRef, useState } from "react";
import { useT } from "../../i18n/active-language";
import { Button } from "../../ui/Button";
import { Sheet } from "../../ui/Sheet";

export interface MoreAction {
  label: string;
  run: () => void;
  /** Opens a sheet of its own: it runs once this one has closed, so that sheet gives the focus back to More. */
  opensSheet?: boolean;
}

/** "More" at the end of the dock's row: the actions used once per ticket, so the dock keeps to two rows. */
export function MoreActions({ actions }: { actions: MoreAction[] }) {
  const t = useT();
  const [open, setOpen] = useState(false);
  const afterClose = useRef<(() => void) | null>(null);
  return (
    <>
      <Button
        variant="secondary"
        className="action-dock__more"
        onClick={() => setOpen(true)}
        aria-haspopup="dialog"
        aria-label={t("ticket.moreActions")}
      >
        <span aria-hidden="true">⋯</span>
      </Button>
      <Sheet
        open={open}
        onClose={() => {
          setOpen(false);
          const next = afterClose.current;
          afterClose.current = null;
          next?.();
        }}
        title={t("ticket.moreActions")}
      >
        <ul className="more-actions">
          {actions.map((action) => (
            <li key={action.label}>
              <Button
                variant="secondary"
                aria-haspopup={action.opensSheet ? "dialog" : undefined}
                onClick={() => {
                  if (action.opensSheet) afterClose.current = action.run;
                  else action.run();
                  setOpen(false);
                }}
              >
                {action.label}
              </Button>
            </li>
          ))}
        </ul>
      </Sheet>
    </>
  );
}
