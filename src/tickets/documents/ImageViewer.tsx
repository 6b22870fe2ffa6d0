import { useEffect, useRef, useState, type KeyboardEvent, type PointerEvent } from "react";
import { useT } from "../../i18n/active-language";
import type { TicketDocument } from "../../api/schemas/documents";
import { useDocumentUrl } from "./document-file";
import { readableName } from "./document-name";
import { doubleTap, FIT, panBy, zoomAt, type Zoom } from "./zoom";
import { useBackCloses } from "../../ui/use-back-closes";
import { useServerFeatures } from "../server-features";
import { useVariantUrl } from "./document-variants";
import "./ImageViewer.css";

const DOUBLE_TAP_MS = 300;
const KEY_PAN_PX = 60;

/**
 * A photo full screen, on a modal dialog: pinch or double-tap to zoom, drag to pan; by keyboard + and −
 * zoom, the arrows pan, 0 fits and Esc or Back closes. Mounted always, so the focus returns to what opened it.
 */
export function ImageViewer({
  ticketId,
  document,
  onClose,
  onSave,
}: {
  ticketId: string;
  document: TicketDocument | null;
  onClose: () => void;
  onSave: (document: TicketDocument) => void;
}) {
  const dialog = useRef<HTMLDialogElement>(null);
  const opener = useRef<HTMLElement | null>(null);
  const t = useT();
  useBackCloses(document !== null, onClose);

  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (document && !element.open) {
      opener.current = window.document.activeElement instanceof HTMLElement ? window.document.activeElement : null;
      element.showModal();
    } else if (!document && element.open) {
      element.close();
    }
  }, [document]);

  return (
    <dialog
      ref={dialog}
      className="image-viewer"
      aria-label={document ? t("documents.photoNamed", { name: readableName(document.document_name) }) : t("documents.photo")}
      onClose={() => {
        onClose();
        opener.current?.focus();
      }}
    >
      {document ? (
        <ViewerBody key={document.document_id} ticketId={ticketId} document={document} onClose={onClose} onSave={onSave} />
      ) : null}
    </dialog>
  );
}

function ViewerBody({
  ticketId,
  document,
  onClose,
  onSave,
}: {
  ticketId: string;
  document: TicketDocument;
  onClose: () => void;
  onSave: (document: TicketDocument) => void;
}) {
  const { url, failed } = useDocumentUrl(ticketId, document, true);
  // On a server with previews, its 800×600 one stands in while the photo itself loads (awareness §10.2).
  const previews = useServerFeatures().thumbnails?.on === true;
  const preview = useVariantUrl(ticketId, document.document_id, "preview", previews && !url).url;
  const shown = url ?? preview;
  const [zoom, setZoom] = useState<Zoom>(FIT);
  const stage = useRef<HTMLDivElement>(null);
  const pointers = useRef(new Map<number, { x: number; y: number }>());
  const pinch = useRef<{ distance: number; zoom: Zoom } | null>(null);
  const lastTap = useRef(0);
  const t = useT();

  /** A point on screen, relative to the stage's centre (where the image's centre is at rest). */
  function fromCentre(clientX: number, clientY: number) {
    const box = stage.current!.getBoundingClientRect();
    return { cx: clientX - box.left - box.width / 2, cy: clientY - box.top - box.height / 2 };
  }

  function onPointerDown(event: PointerEvent) {
    event.currentTarget.setPointerCapture(event.pointerId);
    pointers.current.set(event.pointerId, { x: event.clientX, y: event.clientY });
    if (pointers.current.size === 2) pinch.current = { distance: spread(pointers.current), zoom };
  }

  function onPointerMove(event: PointerEvent) {
    const previous = pointers.current.get(event.pointerId);
    if (!previous) return;
    pointers.current.set(event.pointerId, { x: event.clientX, y: event.clientY });
    if (pinch.current && pointers.current.size === 2) {
      const [a, b] = [...pointers.current.values()] as [{ x: number; y: number }, { x: number; y: number }];
      const { cx, cy } = fromCentre((a.x + b.x) / 2, (a.y + b.y) / 2);
      const start = pinch.current;
      setZoom(zoomAt(start.zoom, (start.zoom.scale * spread(pointers.current)) / start.distance, cx, cy));
    } else if (pointers.current.size === 1) {
      setZoom((current) => panBy(current, event.clientX - previous.x, event.clientY - previous.y));
    }
  }

  function onPointerUp(event: PointerEvent) {
    const wasPinch = pointers.current.size > 1;
    pointers.current.delete(event.pointerId);
    if (pointers.current.size < 2) pinch.current = null;
    if (wasPinch || event.pointerType === "mouse") return;
    if (event.timeStamp - lastTap.current < DOUBLE_TAP_MS) {
      const { cx, cy } = fromCentre(event.clientX, event.clientY);
      setZoom((current) => doubleTap(current, cx, cy));
      lastTap.current = 0;
    } else {
      lastTap.current = event.timeStamp;
    }
  }

  function onKeyDown(event: KeyboardEvent) {
    const step: Record<string, (current: Zoom) => Zoom> = {
      "+": (current) => zoomAt(current, current.scale * 1.5),
      "=": (current) => zoomAt(current, current.scale * 1.5),
      "-": (current) => zoomAt(current, current.scale / 1.5),
      "0": () => FIT,
      ArrowLeft: (current) => panBy(current, KEY_PAN_PX, 0),
      ArrowRight: (current) => panBy(current, -KEY_PAN_PX, 0),
      ArrowUp: (current) => panBy(current, 0, KEY_PAN_PX),
      ArrowDown: (current) => panBy(current, 0, -KEY_PAN_PX),
    };
    const action = step[event.key];
    if (!action) return;
    event.preventDefault();
    setZoom(action);
  }

  return (
    <div className="image-viewer__body" onKeyDown={onKeyDown}>
      <div className="image-viewer__bar">
        <h2 className="image-viewer__title" dir="auto">
          {readableName(document.document_name)}
        </h2>
        <button type="button" className="image-viewer__button" onClick={onClose}>
          {t("ui.close")}
        </button>
      </div>
      <div
        ref={stage}
        className="image-viewer__stage"
        onPointerDown={onPointerDown}
        onPointerMove={onPointerMove}
        onPointerUp={onPointerUp}
        onPointerCancel={onPointerUp}
        onDoubleClick={(event) => {
          const { cx, cy } = fromCentre(event.clientX, event.clientY);
          setZoom((current) => doubleTap(current, cx, cy));
        }}
      >
        {shown ? (
          <img
            src={shown}
            alt={readableName(document.document_name)}
            className="image-viewer__image"
            draggable={false}
            style={{ transform: `translate(${zoom.x}px, ${zoom.y}px) scale(${zoom.scale})` }}
          />
        ) : (
          <p className="image-viewer__note" role={failed ? "alert" : "status"}>
            {t(failed ? "documents.photoFailed" : "documents.loadingPhoto")}
          </p>
        )}
      </div>
      <div className="image-viewer__bar image-viewer__bar--tools">
        <button
          type="button"
          className="image-viewer__button"
          onClick={() => setZoom((current) => zoomAt(current, current.scale / 1.5))}
          disabled={zoom.scale === 1}
        >
          {t("documents.zoomOut")}
        </button>
        <span className="image-viewer__scale" aria-live="polite">
          {t("documents.percent", { n: Math.round(zoom.scale * 100) })}
        </span>
        <button type="button" className="image-viewer__button" onClick={() => setZoom((current) => zoomAt(current, current.scale * 1.5))}>
          {t("documents.zoomIn")}
        </button>
        <button type="button" className="image-viewer__button" onClick={() => onSave(document)}>
          {t("documents.save")}
        </button>
      </div>
    </div>
  );
}

function spread(pointers: Map<number, { x: number; y: number }>): number {
  const [a, b] = [...pointers.values()];
  return a && b ? Math.hypot(a.x - b.x, a.y - b.y) || 1 : 1;
}
