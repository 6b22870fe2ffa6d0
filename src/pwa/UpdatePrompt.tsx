import { useState } from "react";
import { useT } from "../i18n/active-language";
import { Button } from "../ui/Button";
import { applyUpdate, useUpdateWaiting } from "./update-waiting";
import "./UpdatePrompt.css";

/** Never reloads on its own: the technician may be typing a note. */
export function UpdatePrompt() {
  const t = useT();
  const waiting = useUpdateWaiting();
  const [dismissed, setDismissed] = useState(false);
  if (!waiting || dismissed) return null;
  return (
    <div className="update-prompt" role="status">
      <p>{t("pwa.updateReady")}</p>
      <div className="update-prompt__actions">
        <Button variant="ghost" onClick={() => setDismissed(true)}>
          {t("pwa.later")}
        </Button>
        <Button onClick={applyUpdate}>{t("pwa.update")}</Button>
      </div>
    </div>
  );
}
