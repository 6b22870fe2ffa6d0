/** The viewer's zoom and pan: pure, so pinch, double-tap, buttons and keys all go through the same steps. */
export interface Zoom {
  scale: number;
  x: number;
  y: number;
}

export const FIT: Zoom = { scale: 1, x: 0, y: 0 };
export const MAX_SCALE = 6;
export const DOUBLE_TAP_SCALE = 2.5;

/**
 * Zooms to `scale` keeping the point (`cx`, `cy`, relative to the image's centre at rest) where it is on
 * screen. Back at 1, the image is centred again.
 */
export function zoomAt(zoom: Zoom, scale: number, cx = 0, cy = 0): Zoom {
  const next = Math.min(MAX_SCALE, Math.max(1, scale));
  if (next === 1) return FIT;
  const ratio = next / zoom.scale;
  return { scale: next, x: cx - (cx - zoom.x) * ratio, y: cy - (cy - zoom.y) * ratio };
}

export const panBy = (zoom: Zoom, dx: number, dy: number): Zoom => (zoom.scale === 1 ? zoom : { ...zoom, x: zoom.x + dx, y: zoom.y + dy });

/** A double tap zooms in on the tapped point, or back to the whole image. */
export const doubleTap = (zoom: Zoom, cx: number, cy: number): Zoom => (zoom.scale > 1 ? FIT : zoomAt(zoom, DOUBLE_TAP_SCALE, cx, cy));
