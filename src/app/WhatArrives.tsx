import { isIosBrowser } from "../pwa/install-hint";
import { useT } from "../i18n/active-language";

/** Says honestly what the app can tell the technician, and when it cannot (docs/upstream-for-me.md). */
export function WhatArrives() {
  const t = useT();
  return (
    <section aria-labelledby="alerts-heading" className="settings__section">
      <h2 id="alerts-heading">{t("settings.alertsHeading")}</h2>
      <p className="settings__hint">{t("settings.alertsOpen")}</p>
      <p className="settings__hint">{isIosBrowser() ? t("settings.alertsIos") : t("settings.alertsClosed")}</p>
    </section>
  );
}
