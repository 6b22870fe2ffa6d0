import { useState } from "react";
import { createPortal } from "react-dom";
import { Sheet } from "../../ui/Sheet";
import { needsYou, OutboxList } from "./OutboxList";
import { useOnline } from "../../offline/use-online-status";
import { useOutboxQueue } from "./ticket-outbox";
import { useT } from "../../i18n/active-language";
import "./OnlineIndicator.css";

/**
 * One small pill, never a modal wall: offline, how many changes are still to send, or how many wait for
 * the technician (amber: a refusal is not "sending"). Tap it to see them.
 */
export function OnlineIndicator() {
  const t = useT();
  const online = useOnline();
  const queue = useOutboxQueue();
  const [open, setOpen] = useState(false);
  const unsent = queue.length;
  const waitingForYou = queue.filter(needsYou).length;
  if (online && unsent === 0) return null;
  const text = !online
    ? unsent > 0
      ? t("changes.offlineToSend", { n: unsent })
      : t("changes.offline")
    : waitingForYou > 0
      ? t("changes.needYou", { n: waitingForYou })
      : t("changes.sendingCount", { n: unsent });
  const sending = online && waitingForYou === 0;
  return (
    <>
      <span role="status">
        {unsent > 0 ? (
          <button
            type="button"
            className={sending ? "online-indicator online-indicator--sending" : "online-indicator"}
            onClick={() => setOpen(true)}
            aria-haspopup="dialog"
          >
            {text}
          </button>
        ) : (
          <span className="online-indicator">{text}</span>
        )}
      </span>
      {/* Outside the top bar, whose styles for its own buttons would otherwise reach the sheet's. */}
      {createPortal(
        <Sheet open={open} onClose={() => setOpen(false)} title={t("changes.notSentYet")}>
          <OutboxList onNavigate={() => setOpen(false)} />
        </Sheet>,
        document.body,
      )}
    </>
  );
}
