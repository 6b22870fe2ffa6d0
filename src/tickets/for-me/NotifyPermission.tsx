import { useState } from "react";
import { useT } from "../../i18n/active-language";
import { Button } from "../../ui/Button";
import { notificationPermission } from "./system-notification";

/**
 * Asks for the Notification permission here, with the reason, and only when the technician presses the button
 * (never at start: a browser shows the prompt once, and a prompt without a reason gets refused).
 */
export function NotifyPermission() {
  const [permission, setPermission] = useState(notificationPermission);
  const t = useT();
  if (permission === "unsupported") return null;
  if (permission === "granted") return <p className="for-me__note">{t("forMe.notifyOn")}</p>;
  if (permission === "denied") return <p className="for-me__note">{t("forMe.notifyBlocked")}</p>;
  return (
    <div className="for-me__notify">
      <p className="for-me__note">{t("forMe.notifyWhy")}</p>
      <Button variant="secondary" onClick={() => void Notification.requestPermission().then(setPermission)}>
        {t("forMe.notifyAsk")}
      </Button>
    </div>
  );
}
