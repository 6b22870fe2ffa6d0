import { FEATURES, type Feature, type FeatureState } from "../api/feature-answers";
import { useT } from "../i18n/active-language";
import type { MessageKey } from "../i18n/catalogue-types";
import { useServerFeatures, useStopwatchProbe } from "../tickets/server-features";

const names: Record<Feature, MessageKey> = {
  activities: "settings.featureActivities",
  additionalAgents: "settings.featureAdditionalAgents",
  clientDetails: "settings.featureClientDetails",
  interactions: "settings.featureInteractions",
  userPreferences: "settings.featureUserPreferences",
  scheduledComments: "settings.featureScheduledComments",
  stopwatch: "settings.featureStopwatch",
  thumbnails: "settings.featureThumbnails",
};

function stateKey(state: FeatureState | undefined): MessageKey {
  if (!state) return "settings.supportUnknown";
  if (state.on) return "settings.supportOn";
  return state.why === "olderServer" ? "settings.supportOlderServer" : "settings.supportPermission";
}

/**
 * Settings → what the signed-in server and role allow, and why the rest is off (an older server, a missing
 * permission: awareness §1.3, §10), as the app learned it from the answers it met. One place an administrator
 * deploying the app can read.
 */
export function ServerSupport() {
  const t = useT();
  const known = useServerFeatures();
  useStopwatchProbe();
  return (
    <section aria-labelledby="support-heading" className="settings__section">
      <h2 id="support-heading">{t("settings.supportTitle")}</h2>
      <p className="settings__hint">{t("settings.supportIntro")}</p>
      <dl className="settings__facts settings__support">
        {FEATURES.map((feature) => (
          <div key={feature} data-state={known[feature] ? (known[feature].on ? "on" : "off") : "unknown"}>
            <dt>{t(names[feature])}</dt>
            <dd>{t(stateKey(known[feature]))}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
