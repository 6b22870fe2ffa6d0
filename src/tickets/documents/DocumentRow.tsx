import type { TicketDocument } from "../../api/schemas/documents";
import { relativeTime } from "../../lib/relative-time";
import { useDocumentUrl } from "./document-file";
import { readableName } from "./document-name";
import { formatBytes } from "./upload-rules";

// Images the app shows itself; an <img> never runs a script, even from an SVG. Larger ones open as files.
const VIEWABLE = /^image\/(jpeg|png|gif|webp|avif|bmp|svg\+xml)$/;
const THUMBNAIL_MAX_BYTES = 15_000_000;

export const isViewableImage = (document: TicketDocument) => VIEWABLE.test(document.mime_type ?? "");

function typeIcon(document: TicketDocument): string {
  const type = document.mime_type ?? "";
  if (type.startsWith("image/")) return "🖼️";
  if (type === "application/pdf") return "📄";
  if (type.startsWith("video/")) return "🎞️";
  if (type.startsWith("audio/")) return "🎧";
  if (type.startsWith("text/")) return "📝";
  if (/zip|compressed|tar|7z|rar/.test(type)) return "🗜️";
  if (/sheet|excel|csv/.test(type)) return "📊";
  if (/word|document/.test(type)) return "📃";
  return "📎";
}

/** One document: a thumbnail (images) or an icon, the name to open it by, size, who and when. */
export function DocumentRow({ ticketId, document, onOpen }: { ticketId: string; document: TicketDocument; onOpen: () => void }) {
  const image = isViewableImage(document);
  const { url } = useDocumentUrl(ticketId, document, image && (document.file_size ?? 0) <= THUMBNAIL_MAX_BYTES);
  const metaId = `document-meta-${document.document_id}`;
  const facts = [
    document.file_size !== null ? formatBytes(document.file_size) : null,
    document.created_by_full_name ?? null,
    relativeTime(document.updated_at),
  ].filter(Boolean);
  return (
    <li className="document">
      <span className="document__preview" aria-hidden="true">
        {url ? <img src={url} alt="" className="document__thumbnail" /> : <span className="document__icon">{typeIcon(document)}</span>}
      </span>
      <span className="document__text">
        <button type="button" className="document__name" dir="auto" onClick={onOpen} aria-describedby={metaId}>
          {readableName(document.document_name)}
        </button>
        <span id={metaId} className="document__meta">
          {image ? "Photo" : "File, downloads"} · {facts.join(" · ")}
        </span>
      </span>
    </li>
  );
}
