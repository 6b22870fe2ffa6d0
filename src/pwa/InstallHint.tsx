import { useState } from "react";
import { useT } from "../i18n/active-language";
import { Button } from "../ui/Button";
import { dismissInstallHint, shouldExplainInstall } from "./install-hint";
import "./InstallHint.css";

/** Once, in an iOS browser: why and how to add the app to the Home Screen. */
export function InstallHint() {
  const t = useT();
  const [shown, setShown] = useState(shouldExplainInstall);
  if (!shown) return null;
  return (
    <aside className="install-hint" aria-labelledby="install-hint-title">
      <p id="install-hint-title" className="install-hint__title">
        {t("pwa.installTitle")}
      </p>
      <p>{t("pwa.installBody")}</p>
      <Button
        variant="secondary"
        onClick={() => {
          dismissInstallHint();
          setShown(false);
        }}
      >
        {t("pwa.gotIt")}
      </Button>
    </aside>
  );
}
