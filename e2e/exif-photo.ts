import type { Page } from "@playwright/test";

/**
 * A JPEG as a phone camera writes one, made at test time (no binary in the repository): the browser draws
 * `width`×`height` landscape pixels (a red block in the top-left corner, noise elsewhere so it compresses
 * like a photo) and encodes them at quality 0.95; this adds an EXIF block with orientation 6 (shown turned
 * 90° clockwise, so portrait, red block top-right) and GPS tags (51°30'N 0°7'W).
 */
export async function exifPhoto(page: Page, { width = 3000, height = 2000 } = {}): Promise<Buffer> {
  const base64 = await page.evaluate(
    async ({ width, height }) => {
      const canvas = new OffscreenCanvas(width, height);
      const context = canvas.getContext("2d")!;
      const pixels = context.createImageData(width, height);
      for (let index = 0; index < pixels.data.length; index += 4) {
        const shade = 90 + Math.random() * 60;
        pixels.data.set([shade, shade + 20, shade + 40, 255], index);
      }
      context.putImageData(pixels, 0, 0);
      context.fillStyle = "#ff0000";
      context.fillRect(0, 0, width / 4, height / 4);
      const blob = await canvas.convertToBlob({ type: "image/jpeg", quality: 0.95 });
      const bytes = new Uint8Array(await blob.arrayBuffer());
      let binary = "";
      for (let index = 0; index < bytes.length; index += 0x8000) binary += String.fromCharCode(...bytes.subarray(index, index + 0x8000));
      return btoa(binary);
    },
    { width, height },
  );
  const jpeg = Buffer.from(base64, "base64");
  return Buffer.concat([jpeg.subarray(0, 2), exifSegment(), jpeg.subarray(2)]);
}

/** APP1 "Exif": IFD0 with Orientation 6 and a GPS IFD pointer; the GPS IFD with latitude and longitude. */
function exifSegment(): Buffer {
  const tiff = Buffer.alloc(128);
  tiff.write("II", 0, "ascii");
  tiff.writeUInt16LE(42, 2);
  tiff.writeUInt32LE(8, 4);
  // IFD0 at 8: two entries.
  let at = 8;
  tiff.writeUInt16LE(2, at);
  entry(tiff, at + 2, 0x0112, 3, 1, 6); // Orientation, SHORT
  entry(tiff, at + 14, 0x8825, 4, 1, 38); // GPSInfo IFD pointer, LONG
  tiff.writeUInt32LE(0, at + 26); // no next IFD
  // GPS IFD at 38: four entries, rationals after it at 92.
  at = 38;
  tiff.writeUInt16LE(4, at);
  entry(tiff, at + 2, 0x0001, 2, 2, 0x4e); // GPSLatitudeRef "N"
  entry(tiff, at + 14, 0x0002, 5, 3, 92); // GPSLatitude
  entry(tiff, at + 26, 0x0003, 2, 2, 0x57); // GPSLongitudeRef "W"
  entry(tiff, at + 38, 0x0004, 5, 3, 92); // GPSLongitude (same rationals, enough for a test)
  tiff.writeUInt32LE(0, at + 50);
  for (const [index, [numerator, denominator]] of [
    [51, 1],
    [30, 1],
    [0, 1],
  ].entries()) {
    tiff.writeUInt32LE(numerator!, 92 + index * 8);
    tiff.writeUInt32LE(denominator!, 96 + index * 8);
  }
  const header = Buffer.from([0xff, 0xe1, 0, 0]);
  header.writeUInt16BE(2 + 6 + tiff.length, 2);
  return Buffer.concat([header, Buffer.from("Exif\0\0", "binary"), tiff]);
}

function entry(tiff: Buffer, at: number, tag: number, type: number, count: number, value: number) {
  tiff.writeUInt16LE(tag, at);
  tiff.writeUInt16LE(type, at + 2);
  tiff.writeUInt32LE(count, at + 4);
  if (type === 3) tiff.writeUInt16LE(value, at + 8);
  else tiff.writeUInt32LE(value, at + 8);
}
