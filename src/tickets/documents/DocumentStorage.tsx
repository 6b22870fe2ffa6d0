import { useEffect, useState } from "react";
import { useT } from "../../i18n/active-language";
import { Button } from "../../ui/Button";
import { useAccount } from "./document-file";
import { formatBytes } from "../../lib/format-bytes";
import { clearViewed, viewedUsage, VIEWED_BUDGET_BYTES } from "./viewed-documents";
import { waitingBytes, useWaitingUploads } from "./WaitingUploads";

/** A Settings section: the space documents take on this device, and a way to give back what opened documents took. */
export function DocumentStorage({ onCleared }: { onCleared: () => void }) {
  const account = useAccount();
  const waiting = useWaitingUploads();
  const [kept, setKept] = useState<{ bytes: number; count: number } | null>(null);
  const [cleared, setCleared] = useState(false);
  const [server, userId] = account;
  const t = useT();

  useEffect(() => {
    void viewedUsage([server, userId]).then(setKept);
  }, [server, userId, cleared]);

  async function clear() {
    await clearViewed([server, userId]);
    setCleared(true);
    onCleared();
  }

  return (
    <section aria-labelledby="documents-storage-heading" className="settings__section">
      <h2 id="documents-storage-heading">{t("documents.storageHeading")}</h2>
      <dl className="settings__facts">
        <div>
          <dt>{t("documents.waitingToUpload")}</dt>
          <dd>
            {waiting.length === 0
              ? t("documents.noneWaiting")
              : t("documents.waitingSummary", { n: waiting.length, size: formatBytes(waitingBytes(waiting)) })}
          </dd>
        </div>
        <div>
          <dt>{t("documents.kept")}</dt>
          <dd>
            {kept
              ? t("documents.keptSummary", { n: kept.count, size: formatBytes(kept.bytes), budget: formatBytes(VIEWED_BUDGET_BYTES) })
              : "…"}
            <span className="settings__note">{t("documents.keptNote")}</span>
          </dd>
        </div>
      </dl>
      <div className="settings__actions">
        <Button variant="secondary" disabled={!kept || kept.count === 0} onClick={() => void clear()}>
          {t("documents.clearSaved")}
        </Button>
      </div>
      {cleared ? (
        <p className="settings__hint" role="status">
          {t("documents.cleared")}
        </p>
      ) : null}
    </section>
  );
}
