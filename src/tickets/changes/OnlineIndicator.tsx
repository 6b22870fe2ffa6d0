import { useState } from "react";
import { Sheet } from "../../ui/Sheet";
import { OutboxList } from "./OutboxList";
import { useOnline } from "../../offline/use-online-status";
import { useOutboxQueue } from "./ticket-outbox";
import "./OnlineIndicator.css";

/** One small pill, never a modal wall: offline, or how many changes are still to send; tap it to see them. */
export function OnlineIndicator() {
  const online = useOnline();
  const unsent = useOutboxQueue().length;
  const [open, setOpen] = useState(false);
  if (online && unsent === 0) return null;
  const text = online ? `Sending ${unsent}` : unsent > 0 ? `Offline · ${unsent} to send` : "Offline";
  return (
    <>
      <span role="status">
        {unsent > 0 ? (
          <button
            type="button"
            className={online ? "online-indicator online-indicator--sending" : "online-indicator"}
            onClick={() => setOpen(true)}
            aria-haspopup="dialog"
          >
            {text}
          </button>
        ) : (
          <span className="online-indicator">{text}</span>
        )}
      </span>
      <Sheet open={open} onClose={() => setOpen(false)} title="Waiting to send">
        <OutboxList onNavigate={() => setOpen(false)} />
      </Sheet>
    </>
  );
}
