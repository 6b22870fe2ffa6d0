import { useEffect, useState } from "react";
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
      <h2 id="documents-storage-heading">Photos and files</h2>
      <dl className="settings__facts">
        <div>
          <dt>Files waiting to upload</dt>
          <dd>{waiting.length === 0 ? "None" : `${waiting.length} (${formatBytes(waitingBytes(waiting))})`}</dd>
        </div>
        <div>
          <dt>Documents kept for offline reading</dt>
          <dd>
            {kept
              ? `${kept.count === 1 ? "1 document" : `${kept.count} documents`}, ${formatBytes(kept.bytes)} of ${formatBytes(VIEWED_BUDGET_BYTES)}`
              : "…"}
            <span className="settings__note">The documents you opened last are kept; the oldest make room for new ones.</span>
          </dd>
        </div>
      </dl>
      <div className="settings__actions">
        <Button variant="secondary" disabled={!kept || kept.count === 0} onClick={() => void clear()}>
          Clear saved documents
        </Button>
      </div>
      {cleared ? (
        <p className="settings__hint" role="status">
          Saved documents cleared. Files waiting to upload were kept.
        </p>
      ) : null}
    </section>
  );
}
