import { useRef, useState, type ChangeEvent } from "react";
import { t, useT } from "../../i18n/active-language";
import { Button } from "../../ui/Button";
import { attachFiles, type AttachResult } from "./attach-files";
import { formatBytes } from "../../lib/format-bytes";
import { useWaitingUploads } from "./WaitingUploads";

/** The camera and the picker. Everything picked is checked and prepared here, then waits in the outbox. */
export function AddFiles({ ticketId, baseUpdatedAt }: { ticketId: string; baseUpdatedAt: string | null }) {
  const camera = useRef<HTMLInputElement>(null);
  const picker = useRef<HTMLInputElement>(null);
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<AttachResult | null>(null);
  const [failed, setFailed] = useState(false);
  const t = useT();
  // "… will be attached" is said while it is true: once the files are sent, they are in the list.
  const waiting = new Set(useWaitingUploads(ticketId).map((item) => item.change.fileId));
  const stillQueued = result?.queued.some((file) => waiting.has(file.fileId)) ?? false;

  async function onPicked(event: ChangeEvent<HTMLInputElement>) {
    const files = [...(event.target.files ?? [])];
    event.target.value = "";
    if (files.length === 0) return;
    setBusy(true);
    setFailed(false);
    try {
      setResult(await attachFiles(ticketId, files, baseUpdatedAt));
    } catch {
      setFailed(true);
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="add-files">
      <div className="add-files__buttons">
        <Button variant="secondary" busy={busy} onClick={() => camera.current?.click()}>
          {t("documents.takePhoto")}
        </Button>
        <Button variant="secondary" busy={busy} onClick={() => picker.current?.click()}>
          {t("documents.addFiles")}
        </Button>
      </div>
      {/* Hidden: the buttons above name them and open them. */}
      <input
        ref={camera}
        type="file"
        accept="image/*"
        capture="environment"
        hidden
        tabIndex={-1}
        onChange={(event) => void onPicked(event)}
      />
      <input ref={picker} type="file" multiple hidden tabIndex={-1} onChange={(event) => void onPicked(event)} />
      <div role="status" className="add-files__status">
        {busy ? t("documents.preparing") : result && stillQueued ? queuedText(result) : null}
      </div>
      {result && result.refused.length > 0 ? (
        <div role="alert">
          <ul className="add-files__refused" aria-label={t("documents.notAttached")}>
            {result.refused.map((reason) => (
              <li key={reason}>{reason}</li>
            ))}
          </ul>
        </div>
      ) : null}
      {result?.lowSpace && result.queued.length > 0 ? (
        <p className="add-files__refused" role="alert">
          {t("documents.nearlyFull")}
        </p>
      ) : null}
      {failed ? (
        <p className="add-files__refused" role="alert">
          {t("documents.storeFailed")}
        </p>
      ) : null}
    </div>
  );
}

function queuedText({ queued }: AttachResult): string {
  const before = queued.reduce((sum, file) => sum + file.before, 0);
  const after = queued.reduce((sum, file) => sum + file.after, 0);
  const size = after < before ? `${formatBytes(before)} → ${formatBytes(after)}` : formatBytes(after);
  return queued.length === 1
    ? t("documents.queuedOne", { name: queued[0]!.name, size })
    : t("documents.queuedMany", { n: queued.length, size });
}
