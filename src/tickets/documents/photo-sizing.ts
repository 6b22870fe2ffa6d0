/** Photos are sent at most this long on their longest side: enough to read a serial label, a fraction of a camera's bytes. */
export const MAX_PHOTO_SIDE = 2048;
export const PHOTO_QUALITY = 0.82;

/** The size to draw a `width`×`height` image at: within `MAX_PHOTO_SIDE`, never enlarged. */
export function fitWithin(width: number, height: number, maxSide = MAX_PHOTO_SIDE): { width: number; height: number } {
  const scale = Math.min(1, maxSide / Math.max(width, height));
  return { width: Math.max(1, Math.round(width * scale)), height: Math.max(1, Math.round(height * scale)) };
}

/**
 * Which bytes to send: the re-encoded photo, unless it came out larger than the original (already small and
 * compressed), in which case the original goes with its metadata stripped. An original that is only upright
 * through its EXIF orientation needs the re-encoded pixels, whatever their size: stripping would turn it.
 */
export function chooseUpload(original: { size: number; orientation: number }, reencodedSize: number | null): "original" | "reencoded" {
  if (reencodedSize === null) return "original";
  if (reencodedSize < original.size || original.orientation !== 1) return "reencoded";
  return "original";
}
