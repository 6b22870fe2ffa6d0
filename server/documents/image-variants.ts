import jpeg from "jpeg-js";
import { PNG } from "pngjs";

/** The sizes a newer server caches for an image document (awareness §10.2). */
export const VARIANT_BOXES = { thumbnail: { width: 200, height: 200 }, preview: { width: 800, height: 600 } } as const;
export type Variant = keyof typeof VARIANT_BOXES;

const QUALITY = 80;

interface Pixels {
  width: number;
  height: number;
  /** RGBA, 4 bytes a pixel. */
  data: Uint8Array;
}

/** The pixels of a JPEG or PNG; null for any other type or bytes that do not decode. */
function decode(bytes: Uint8Array, mimeType: string): Pixels | null {
  try {
    if (mimeType === "image/jpeg") return jpeg.decode(bytes, { useTArray: true, maxMemoryUsageInMB: 256 });
    if (mimeType === "image/png") return PNG.sync.read(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
  } catch {
    return null;
  }
  return null;
}

/**
 * A box-filter downscale: each target pixel is the mean of the source pixels its box covers. Transparent pixels
 * come out over white, since the variant is a JPEG.
 */
function shrink(source: Pixels, width: number, height: number): Pixels {
  const data = new Uint8Array(width * height * 4);
  for (let y = 0; y < height; y++) {
    const top = Math.floor((y * source.height) / height);
    const bottom = Math.max(top + 1, Math.floor(((y + 1) * source.height) / height));
    for (let x = 0; x < width; x++) {
      const left = Math.floor((x * source.width) / width);
      const right = Math.max(left + 1, Math.floor(((x + 1) * source.width) / width));
      const sum = [0, 0, 0];
      for (let sy = top; sy < bottom; sy++) {
        for (let sx = left; sx < right; sx++) {
          const at = (sy * source.width + sx) * 4;
          const alpha = source.data[at + 3]! / 255;
          for (let channel = 0; channel < 3; channel++) sum[channel]! += source.data[at + channel]! * alpha + 255 * (1 - alpha);
        }
      }
      const count = (bottom - top) * (right - left);
      const out = (y * width + x) * 4;
      for (let channel = 0; channel < 3; channel++) data[out + channel] = Math.round(sum[channel]! / count);
      data[out + 3] = 255;
    }
  }
  return { width, height, data };
}

/**
 * The image within the variant's box (never enlarged), as a JPEG; null when the sandbox cannot decode the type,
 * so that document has no such variant, as a document the real server never processed.
 */
export function makeVariant(bytes: Uint8Array, mimeType: string, variant: Variant): Uint8Array | null {
  const image = decode(bytes, mimeType);
  if (!image || image.width === 0 || image.height === 0) return null;
  const box = VARIANT_BOXES[variant];
  const scale = Math.min(1, box.width / image.width, box.height / image.height);
  const width = Math.max(1, Math.round(image.width * scale));
  const height = Math.max(1, Math.round(image.height * scale));
  return new Uint8Array(jpeg.encode(shrink(image, width, height), QUALITY).data);
}
