/** Photos are sent at most this long on their longest side: enough to read a serial label, a fraction of a camera's bytes. */
export const MAX_PHOTO_SIDE = 2048;
export const PHOTO_QUALITY = 0.82;

/** The size to draw a `width`×`height` image at: within `MAX_PHOTO_SIDE`, never enlarged. */
export function fitWithin(width: number, height: number, maxSide = MAX_PHOTO_SIDE): { width: number; height: number } {
  const scale = Math.min(1, maxSide / Math.max(width, height));
  return { width: Math.max(1, Math.round(width * scale)), height: Math.max(1, Math.round(height * scale)) };
}

/**
 * Which bytes to send: the re-encoded photo, unless it came out larger than an original that could be cleaned
 * of its metadata (already small and compressed), which then goes cleaned. New pixels are the only way to leave
 * behind the metadata of a photo that cannot be cleaned (WebP, HEIC, a JPEG the parser cannot follow), and to keep
 * upright a photo that is upright only through its EXIF orientation: both are sent re-encoded whatever their size.
 * A photo that can be neither re-encoded (the browser cannot decode it) nor cleaned is refused.
 */
export function chooseUpload(
  original: { size: number; orientation: number; cleaned: boolean },
  reencodedSize: number | null,
): "original" | "reencoded" | "refuse" {
  if (reencodedSize !== null && (reencodedSize < original.size || original.orientation !== 1 || !original.cleaned)) return "reencoded";
  return original.cleaned ? "original" : "refuse";
}
