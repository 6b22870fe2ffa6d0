import { useEffect, useRef } from "react";
import type { DeliveredChange } from "../../offline/outbox-runtime";
import { describeChange, type Change, type QueuedChange } from "./change";
import { outbox, useDeliveredChanges } from "./ticket-outbox";
import { replaceToast, showToast } from "../../ui/Toast";
import { t } from "../../i18n/active-language";

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
      label: t("changes.undo"),
      run: () =>
        void outbox.cancel(id).then((removed: QueuedChange | null) => {
          if (removed) options.onUndone?.(removed.change);
          // What was taken back by name ("Internal note"), not the toast's "Internal note saved".
          showToast({
            message: removed
              ? t("changes.undone", { change: describeChange(removed.change) })
              : t("changes.alreadySent", { change: message }),
          });
        }),
    },
  });
  return id;
}

/**
 * Turns the toast of a change into "Sent ✓" when the server confirms it (the toast may still be up):
 * every change delivered since the last look, as a burst is published at once.
 */
export function useDeliveredToasts(): void {
  const delivered = useDeliveredChanges();
  const lastSeen = useRef<DeliveredChange<Change> | null>(null);
  useEffect(() => {
    // The list keeps its entries as they are, so the last one seen marks where the new ones begin.
    const fresh = delivered.slice(lastSeen.current ? delivered.indexOf(lastSeen.current) + 1 : 0);
    for (const { item } of fresh)
      replaceToast(item.id, { message: t("changes.sent", { change: describeChange(item.change) }), durationMs: 2_500 });
    lastSeen.current = delivered.at(-1) ?? null;
  }, [delivered]);
}
