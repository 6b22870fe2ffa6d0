import { createExternalStore, useExternalStore } from "../lib/external-store";
import "./Toast.css";

export interface ToastInput {
  message: string;
  /** One action, such as Undo. */
  action?: { label: string; run: () => void };
  durationMs?: number;
  /** Lets the caller find this toast again (to say it was delivered). */
  key?: string;
}
interface ShownToast extends ToastInput {
  serial: number;
}

const shown = createExternalStore<ShownToast | null>(null);
let serial = 0;
let timer: ReturnType<typeof setTimeout> | undefined;

/** Shows one short message at the bottom of the screen; a new one replaces the one shown. */
export function showToast(input: ToastInput): void {
  clearTimeout(timer);
  const toast = { ...input, serial: ++serial };
  shown.set(toast);
  timer = setTimeout(() => shown.get()?.serial === toast.serial && shown.set(null), input.durationMs ?? 4_000);
}

/** Replaces the toast shown under `key`, if it is still shown. */
export function replaceToast(key: string, input: ToastInput): void {
  if (shown.get()?.key === key) showToast({ key, ...input });
}

export function dismissToast(): void {
  clearTimeout(timer);
  shown.set(null);
}

/** Where toasts appear: one polite live region, always in the page so screen readers hear each message. */
export function ToastHost() {
  const toast = useExternalStore(shown);
  return (
    <div className="toast-region" role="status" aria-live="polite">
      {toast ? (
        <div className="toast" key={toast.serial}>
          <span className="toast__message">{toast.message}</span>
          {toast.action ? (
            <button
              type="button"
              className="toast__action"
              onClick={() => {
                dismissToast();
                toast.action?.run();
              }}
            >
              {toast.action.label}
            </button>
          ) : null}
        </div>
      ) : null}
    </div>
  );
}
