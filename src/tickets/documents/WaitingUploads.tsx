import type { QueuedChange } from "../changes/change";
import { useT } from "../../i18n/active-language";
import type { MessageKey } from "../../i18n/catalogue-types";
import { useOutboxQueue } from "../changes/ticket-outbox";
import { useUploadProgress } from "../changes/upload-progress";
import type { DocumentChange } from "../changes/send-document";
import { formatBytes } from "../../lib/format-bytes";
import { useWaitingThumbnail } from "./use-waiting-thumbnail";

type QueuedDocument = QueuedChange & { change: DocumentChange };

const isDocument = (item: QueuedChange): item is QueuedDocument => item.change.kind === "document";

/** The files waiting in the outbox: for one ticket, or (without one) all of them. */
export function useWaitingUploads(ticketId?: string): QueuedDocument[] {
  return useOutboxQueue()
    .filter(isDocument)
    .filter((item) => ticketId === undefined || item.change.ticketId === ticketId);
}

export const waitingBytes = (items: QueuedDocument[]) => items.reduce((sum, item) => sum + item.change.size, 0);

const stateText: Record<QueuedChange["state"], MessageKey> = {
  pending: "documents.statePending",
  sending: "documents.stateSending",
  unknown: "documents.stateUnknown",
  failed: "documents.stateRefused",
  conflict: "documents.stateRefused",
};

/** Each file on its way, with a progress bar while it is on the wire. */
export function WaitingUploads({ ticketId }: { ticketId: string }) {
  const items = useWaitingUploads(ticketId);
  const t = useT();
  if (items.length === 0) return null;
  return (
    <section className="waiting-uploads" aria-labelledby="waiting-uploads-heading">
      <h3 id="waiting-uploads-heading" className="waiting-uploads__heading">
        {t("documents.waitingHeading", { n: items.length, size: formatBytes(waitingBytes(items)) })}
      </h3>
      <ul className="waiting-uploads__list">
        {items.map((item) => (
          <WaitingUpload key={item.id} item={item} />
        ))}
      </ul>
    </section>
  );
}

function WaitingUpload({ item }: { item: QueuedDocument }) {
  const progress = useUploadProgress(item.change.fileId);
  const labelId = `upload-${item.change.fileId}`;
  const thumbnail = useWaitingThumbnail(item.change.fileId, item.change.type);
  const t = useT();
  return (
    <li className="waiting-upload">
      {thumbnail ? (
        <img className="waiting-upload__thumbnail" src={thumbnail} alt={t("documents.photoNamed", { name: item.change.name })} />
      ) : null}
      <span id={labelId} className="waiting-upload__name" dir="auto">
        {item.change.name}
      </span>
      <span className="waiting-upload__state">
        {formatBytes(item.change.size)} ·{" "}
        {progress !== null ? t("documents.percent", { n: Math.round(progress * 100) }) : t(stateText[item.state])}
      </span>
      <progress
        className="waiting-upload__bar"
        aria-labelledby={labelId}
        max={1}
        value={progress ?? (item.state === "pending" ? 0 : undefined)}
      />
    </li>
  );
}
