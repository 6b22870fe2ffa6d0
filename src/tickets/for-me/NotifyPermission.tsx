import { useState } from "react";
import { Button } from "../../ui/Button";
import { notificationPermission } from "./system-notification";
import { forMeWords as words } from "./for-me-words";

/**
 * Asks for the Notification permission here, with the reason, and only when the technician presses the button
 * (never at start: a browser shows the prompt once, and a prompt without a reason gets refused).
 */
export function NotifyPermission() {
  const [permission, setPermission] = useState(notificationPermission);
  if (permission === "unsupported") return null;
  if (permission === "granted") return <p className="for-me__note">{words.notifyOn}</p>;
  if (permission === "denied") return <p className="for-me__note">{words.notifyBlocked}</p>;
  return (
    <div className="for-me__notify">
      <p className="for-me__note">{words.notifyWhy}</p>
      <Button variant="secondary" onClick={() => void Notification.requestPermission().then(setPermission)}>
        {words.notifyAsk}
      </Button>
    </div>
  );
}
