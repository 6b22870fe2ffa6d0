import { useOnline } from "../../offline/use-online-status";
import { useOutboxQueue } from "./ticket-outbox";
import "./OnlineIndicator.css";

/** One small pill, never a modal wall: offline, or how many changes are still to send. */
export function OnlineIndicator() {
  const online = useOnline();
  const unsent = useOutboxQueue().length;
  if (online && unsent === 0) return null;
  const text = online ? `Sending ${unsent}` : unsent > 0 ? `Offline · ${unsent} to send` : "Offline";
  return (
    <span className={online ? "online-indicator online-indicator--sending" : "online-indicator"} role="status">
      {text}
    </span>
  );
}
