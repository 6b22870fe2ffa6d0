import { useOnline } from "./use-online-status";
import "./OnlineIndicator.css";

/** One small pill, never a modal wall: the app keeps working offline. */
export function OnlineIndicator() {
  const online = useOnline();
  if (online) return null;
  return (
    <span className="online-indicator" role="status">
      Offline
    </span>
  );
}
