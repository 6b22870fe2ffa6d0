import { useEffect } from "react";
import { describeChange, type Change, type QueuedChange } from "./change";
import { outbox, useDeliveredChanges } from "./ticket-outbox";
import { replaceToast, showToast } from "../../ui/Toast";

/** How long a change waits in the outbox before its first send: the time its Undo has. */
export const UNDO_WINDOW_MS = 5_000;

function tick() {
  // Android only: iOS Safari has no Vibration API.
  if ("vibrate" in navigator) navigator.vibrate(10);
}

export interface QueueOptions {
  /** What the toast says; the change's own description otherwise. */
  message?: string;
  /** After Undo took the change out of the outbox (to put a note back in the composer, say). */
  onUndone?: (change: Change) => void;
}

/**
 * Queues a change made on the ticket screen, with the feedback every change gets: a haptic tick,
 * a toast with Undo while the change is still in the outbox, and "Sent ✓" once the server has it.
 */
export async function queueChange(change: Change, baseUpdatedAt: string | null, options: QueueOptions = {}): Promise<string> {
  tick();
  const id = await outbox.enqueue(change, baseUpdatedAt, { holdMs: UNDO_WINDOW_MS });
  const message = options.message ?? describeChange(change);
  showToast({
    key: id,
    message,
    durationMs: UNDO_WINDOW_MS + 3_000,
    action: {
      label: "Undo",
      run: () =>
        void outbox.cancel(id).then((removed: QueuedChange | null) => {
          if (removed) options.onUndone?.(removed.change);
          showToast({ message: removed ? `Undone: ${message}` : `Already sent, so it can't be undone: ${message}` });
        }),
    },
  });
  return id;
}

/** Turns the toast of a change into "Sent ✓" when the server confirms it (the toast may still be up). */
export function useDeliveredToasts(): void {
  const delivered = useDeliveredChanges();
  const latest = delivered.at(-1);
  useEffect(() => {
    if (latest) replaceToast(latest.item.id, { message: `Sent ✓ ${describeChange(latest.item.change)}`, durationMs: 2_500 });
  }, [latest]);
}
