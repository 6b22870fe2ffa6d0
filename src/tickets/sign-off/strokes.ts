import { t } from "../../i18n/active-language";
/**
 * A signature as the pad keeps it: strokes of points, not pixels, so it can be drawn again at any size (a
 * resized box, a turned phone) and once more, larger, into the saved PNG. A point's x and y are fractions of
 * the pad's width and height; the pad keeps one aspect ratio, so the fractions scale without distortion.
 */

/** The pad's width over its height, on screen and in the PNG. */
export const PAD_ASPECT = 5 / 2;

export interface PadPoint {
  x: number;
  y: number;
  /** 0–1 from a pen; a finger or a mouse gives none we can trust, so they draw at the middle width. */
  pressure: number;
}

export type Stroke = readonly PadPoint[];

/** The pressure used where the device gives none. */
export const NO_PRESSURE = 0.5;

/**
 * Under this much ink (the strokes' total length, in pad widths) it is a dot or a tick, not a signature. A
 * short initialled signature runs to about one pad width; a quarter of it still passes a hurried one.
 */
export const LEAST_INK = 0.25;

export const undoStroke = (strokes: readonly Stroke[]): Stroke[] => strokes.slice(0, -1);

/** The length of a stroke in pad widths (y is scaled back to width units so both axes count alike). */
export function strokeLength(stroke: Stroke): number {
  let length = 0;
  for (let index = 1; index < stroke.length; index++) {
    const from = stroke[index - 1]!;
    const to = stroke[index]!;
    length += Math.hypot(to.x - from.x, (to.y - from.y) / PAD_ASPECT);
  }
  return length;
}

/** Why these strokes cannot be saved as a signature, in the technician's words; null when they can. */
export function signatureRefusal(strokes: readonly Stroke[]): string | null {
  if (strokes.length === 0) return t("signOff.noSignature");
  const ink = strokes.reduce((sum, stroke) => sum + strokeLength(stroke), 0);
  if (ink < LEAST_INK) return t("signOff.tooLittle");
  return null;
}

/** The line width at a point, in pixels of a pad `padWidth` wide: 0.4 to 1.6 times the middle width. */
export function lineWidth(pressure: number, padWidth: number): number {
  const middle = Math.max(1.5, padWidth / 220);
  return middle * (0.4 + 1.2 * Math.min(1, Math.max(0, pressure)));
}

/** One piece of a drawn stroke: a quadratic curve from `from` through the pull of `control` to `to`, in pixels. */
export interface CurveSegment {
  from: { x: number; y: number };
  control: { x: number; y: number };
  to: { x: number; y: number };
  width: number;
}

/**
 * A stroke as smooth curves in a box of `width` × `height` pixels: each curve runs between the midpoints
 * of two sampled segments and bends towards the sampled point between them, so the corners of the raw
 * samples round off. The first and last half-segments are straight (a curve whose control is an end).
 */
export function strokeCurves(stroke: Stroke, width: number, height: number): CurveSegment[] {
  const points = stroke.map((point) => ({ x: point.x * width, y: point.y * height, pressure: point.pressure }));
  if (points.length < 2) return [];
  const mid = (a: { x: number; y: number }, b: { x: number; y: number }) => ({ x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 });
  const at = (point: { x: number; y: number }) => ({ x: point.x, y: point.y });
  const curves: CurveSegment[] = [];
  let from = at(points[0]!);
  for (let index = 1; index < points.length - 1; index++) {
    const point = points[index]!;
    const to = mid(point, points[index + 1]!);
    curves.push({ from, control: at(point), to, width: lineWidth(point.pressure, width) });
    from = to;
  }
  const last = points.at(-1)!;
  curves.push({ from, control: from, to: at(last), width: lineWidth(last.pressure, width) });
  return curves;
}

/** Draws strokes into a box of `width` × `height` pixels at (`left`, `top`) of the context. */
export function drawStrokes(
  context: CanvasRenderingContext2D | OffscreenCanvasRenderingContext2D,
  strokes: readonly Stroke[],
  box: { left: number; top: number; width: number; height: number },
  colour: string,
): void {
  context.save();
  context.translate(box.left, box.top);
  context.strokeStyle = colour;
  context.fillStyle = colour;
  context.lineCap = "round";
  context.lineJoin = "round";
  for (const stroke of strokes) {
    if (stroke.length === 1) {
      // A dot is still ink the signer put down: show it, even though it alone is refused.
      const [point] = stroke;
      context.beginPath();
      context.arc(point!.x * box.width, point!.y * box.height, lineWidth(point!.pressure, box.width) / 2, 0, Math.PI * 2);
      context.fill();
      continue;
    }
    for (const curve of strokeCurves(stroke, box.width, box.height)) {
      context.beginPath();
      context.lineWidth = curve.width;
      context.moveTo(curve.from.x, curve.from.y);
      context.quadraticCurveTo(curve.control.x, curve.control.y, curve.to.x, curve.to.y);
      context.stroke();
    }
  }
  context.restore();
}
