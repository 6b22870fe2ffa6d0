import { useEffect, useRef, type PointerEvent } from "react";
import { useT } from "../../i18n/active-language";
import { Button } from "../../ui/Button";
import { drawStrokes, NO_PRESSURE, undoStroke, type PadPoint, type Stroke } from "./strokes";
import "./SignaturePad.css";

const INK = "#10243e";

/** Where a pointer event falls on the pad, as fractions of its box. Only a pen's pressure is trusted (a mouse says 0.5, a finger 0 or 1). */
function padPoint(event: PointerEvent<HTMLCanvasElement> | globalThis.PointerEvent, box: DOMRect): PadPoint {
  const clamp = (value: number) => Math.min(1, Math.max(0, value));
  return {
    x: clamp((event.clientX - box.left) / box.width),
    y: clamp((event.clientY - box.top) / box.height),
    pressure: event.pointerType === "pen" && event.pressure > 0 ? event.pressure : NO_PRESSURE,
  };
}

/**
 * A box to sign in with a finger, a stylus or a mouse (Pointer Events). The strokes belong to the caller
 * (`strokes`, `onChange`); the stroke being drawn stays here until the pointer lifts. The canvas is drawn
 * again from the points whenever its box changes size, so a turned phone keeps the signature whole.
 */
export function SignaturePad({
  strokes,
  onChange,
  describedBy,
  invalid,
}: {
  strokes: readonly Stroke[];
  onChange: (strokes: Stroke[]) => void;
  describedBy?: string;
  invalid?: boolean;
}) {
  const t = useT();
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const drawing = useRef<{ pointerId: number; points: PadPoint[] } | null>(null);
  const strokesRef = useRef(strokes);
  const frame = useRef(0);

  const redraw = () => {
    frame.current = 0;
    const canvas = canvasRef.current;
    const context = canvas?.getContext("2d");
    if (!canvas || !context) return;
    const ratio = window.devicePixelRatio || 1;
    const { width, height } = canvas.getBoundingClientRect();
    // Pixels of the screen, not of CSS: a signature drawn at 1x on a 3x phone looks blurred.
    if (canvas.width !== Math.round(width * ratio) || canvas.height !== Math.round(height * ratio)) {
      canvas.width = Math.round(width * ratio);
      canvas.height = Math.round(height * ratio);
    }
    context.setTransform(1, 0, 0, 1, 0, 0);
    context.clearRect(0, 0, canvas.width, canvas.height);
    const current = drawing.current ? [drawing.current.points] : [];
    drawStrokes(context, [...strokesRef.current, ...current], { left: 0, top: 0, width: canvas.width, height: canvas.height }, INK);
  };
  const scheduleRedraw = () => {
    if (!frame.current) frame.current = requestAnimationFrame(redraw);
  };

  useEffect(() => {
    strokesRef.current = strokes;
    redraw();
  });

  useEffect(() => {
    const canvas = canvasRef.current;
    if (!canvas) return;
    // A resize or an orientation change sizes the box anew; the strokes are drawn again at the new size.
    const observer = new ResizeObserver(() => redraw());
    observer.observe(canvas);
    return () => {
      observer.disconnect();
      cancelAnimationFrame(frame.current);
    };
  }, []);

  function onPointerDown(event: PointerEvent<HTMLCanvasElement>) {
    // One signer, one pointer: a palm or a second finger does not start a second line.
    if (drawing.current || (event.pointerType === "mouse" && event.button !== 0)) return;
    event.preventDefault();
    // Capture: a stroke that leaves the box keeps drawing (at its edge) until the pointer lifts.
    event.currentTarget.setPointerCapture(event.pointerId);
    drawing.current = { pointerId: event.pointerId, points: [padPoint(event, event.currentTarget.getBoundingClientRect())] };
    scheduleRedraw();
  }

  function onPointerMove(event: PointerEvent<HTMLCanvasElement>) {
    const stroke = drawing.current;
    if (!stroke || stroke.pointerId !== event.pointerId) return;
    const box = event.currentTarget.getBoundingClientRect();
    // The events the browser merged into this one since the last frame: without them a quick stroke has corners.
    const events = event.nativeEvent.getCoalescedEvents?.() ?? [];
    for (const each of events.length ? events : [event.nativeEvent]) stroke.points.push(padPoint(each, box));
    scheduleRedraw();
  }

  function onPointerEnd(event: PointerEvent<HTMLCanvasElement>) {
    const stroke = drawing.current;
    if (!stroke || stroke.pointerId !== event.pointerId) return;
    drawing.current = null;
    onChange([...strokesRef.current, stroke.points]);
  }

  return (
    <div className="signature-pad">
      <canvas
        ref={canvasRef}
        className="signature-pad__canvas"
        role="img"
        aria-label={t(strokes.length ? "signOff.padSigned" : "signOff.padEmpty")}
        aria-describedby={describedBy}
        aria-invalid={invalid || undefined}
        onPointerDown={onPointerDown}
        onPointerMove={onPointerMove}
        onPointerUp={onPointerEnd}
        onPointerCancel={onPointerEnd}
      />
      <div className="signature-pad__actions">
        <Button variant="secondary" disabled={strokes.length === 0} onClick={() => onChange(undoStroke(strokes))}>
          {t("signOff.undo")}
        </Button>
        <Button variant="secondary" disabled={strokes.length === 0} onClick={() => onChange([])}>
          {t("signOff.clear")}
        </Button>
      </div>
    </div>
  );
}
