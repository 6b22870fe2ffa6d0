import { useRef } from "react";
import type { TicketDocument } from "../../api/schemas/documents";
import { useT } from "../../i18n/active-language";
import { relativeTime } from "../../lib/relative-time";
import { isViewableImage, useDocumentUrl } from "./document-file";
import { readableName } from "./document-name";
import { formatBytes } from "../../lib/format-bytes";
import { useServerFeatures } from "../server-features";
import { useVariantUrl } from "./document-variants";
import { useNearScreen } from "./use-near-screen";

// Larger images open in the viewer only.
const THUMBNAIL_MAX_BYTES = 15_000_000;

/** The file's kind, as a short label in the icon's place: what its extension says, else its MIME type's. */
function typeLabel(document: TicketDocument): string {
  const extension = /\.([a-z0-9]{1,4})$/i.exec(readableName(document.document_name))?.[1];
  if (extension) return extension.toUpperCase();
  const subtype = (document.mime_type ?? "").split("/")[1] ?? "";
  return /^[a-z0-9]{1,4}$/i.test(subtype) ? subtype.toUpperCase() : "FILE";
}

/** One document: a thumbnail (images) or an icon, the name to open it by, size, who and when. */
export function DocumentRow({ ticketId, document, onOpen }: { ticketId: string; document: TicketDocument; onOpen: () => void }) {
  const image = isViewableImage(document);
  const row = useRef<HTMLLIElement>(null);
  const near = useNearScreen(row);
  // A newer server (or one not asked yet) sends a small picture; an older one only the file (awareness §10.2, §10.4).
  // Not asked yet and unreachable: the file as before, from the copy kept on the device.
  const thumbnails = useServerFeatures().thumbnails;
  const asking = image && thumbnails?.on !== false;
  const thumbnail = useVariantUrl(ticketId, document.document_id, "thumbnail", asking && near);
  const fromServer = asking && !(thumbnails === undefined && thumbnail.failed);
  const file = useDocumentUrl(ticketId, document, image && !fromServer && (document.file_size ?? 0) <= THUMBNAIL_MAX_BYTES);
  const url = fromServer ? thumbnail.url : file.url;
  const t = useT();
  const metaId = `document-meta-${document.document_id}`;
  const facts = [
    document.file_size !== null ? formatBytes(document.file_size) : null,
    document.created_by_full_name ?? null,
    relativeTime(document.updated_at),
  ].filter(Boolean);
  return (
    <li className="document" ref={row}>
      <span className="document__preview" aria-hidden="true">
        {url ? <img src={url} alt="" className="document__thumbnail" /> : <span className="document__icon">{typeLabel(document)}</span>}
      </span>
      <span className="document__text">
        <button type="button" className="document__name" dir="auto" onClick={onOpen} aria-describedby={metaId}>
          {readableName(document.document_name)}
        </button>
        <span id={metaId} className="document__meta">
          {t(image ? "documents.photoFacts" : "documents.fileFacts", { facts: facts.join(" · ") })}
        </span>
      </span>
    </li>
  );
}
