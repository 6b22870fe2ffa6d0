import { useEffect, useId, useRef, type ReactNode } from "react";
import { useT } from "../i18n/active-language";
import { useBackCloses } from "./use-back-closes";
import { moveAmongOptions } from "./option-keys";
import "./Sheet.css";

/**
 * A bottom sheet on a modal `<dialog>`: it sits in the thumb zone, holds the focus while open, closes
 * on Esc, on Back, on a tap outside and on its Close button, and gives the focus back to what opened it. The arrow
 * keys move between its options.
 * Keep it mounted and switch `open`, so the focus can go back even when the content goes.
 */
export function Sheet({ open, onClose, title, children }: { open: boolean; onClose: () => void; title: string; children: ReactNode }) {
  const t = useT();
  const dialog = useRef<HTMLDialogElement>(null);
  const opener = useRef<HTMLElement | null>(null);
  const titleId = useId();
  useBackCloses(open, onClose);

  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (open && !element.open) {
      opener.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
      element.showModal();
      // A sheet that starts with a search field (`data-autofocus`) opens ready to type; others on their first control.
      element.querySelector<HTMLElement>("[data-autofocus]")?.focus();
    } else if (!open && element.open) {
      element.close();
    }
  }, [open]);

  return (
    <dialog
      ref={dialog}
      className="sheet"
      aria-labelledby={titleId}
      onClose={() => {
        onClose();
        opener.current?.focus();
      }}
      onClick={(event) => {
        // A tap on the backdrop lands on the dialog itself, never on its content.
        if (event.target === event.currentTarget) onClose();
      }}
      onKeyDown={(event) => moveAmongOptions(event, event.currentTarget)}
    >
      {open ? (
        <div className="sheet__content">
          <div className="sheet__head">
            <h2 id={titleId} className="sheet__title">
              {title}
            </h2>
            <button type="button" className="sheet__close" onClick={onClose}>
              {t("ui.close")}
            </button>
          </div>
          {children}
        </div>
      ) : null}
    </dialog>
  );
}
