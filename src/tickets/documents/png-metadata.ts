/**
 * Just enough of the PNG format to drop the chunks that carry metadata: eXIf (EXIF, with GPS) and the text
 * chunks (XMP travels in an iTXt), keeping the image chunks and what renders them (colour profile, gamma).
 */

const SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const METADATA_CHUNKS = new Set(["eXIf", "iTXt", "tEXt", "zTXt"]);

/** The PNG up to its IEND chunk without its metadata chunks; null when the bytes are not a whole PNG. */
export function stripPngMetadata(bytes: Uint8Array): Uint8Array<ArrayBuffer> | null {
  if (!SIGNATURE.every((byte, index) => bytes[index] === byte)) return null;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const kept: Uint8Array[] = [bytes.subarray(0, SIGNATURE.length)];
  let offset = SIGNATURE.length;
  // Each chunk: 4 bytes of length, 4 of type, the data, 4 of CRC.
  while (offset + 12 <= bytes.length) {
    const end = offset + 12 + view.getUint32(offset);
    if (end > bytes.length) return null;
    const type = String.fromCharCode(...bytes.subarray(offset + 4, offset + 8));
    if (!METADATA_CHUNKS.has(type)) kept.push(bytes.subarray(offset, end));
    offset = end;
    if (type === "IEND") {
      const out = new Uint8Array(kept.reduce((sum, part) => sum + part.length, 0));
      let at = 0;
      for (const part of kept) {
        out.set(part, at);
        at += part.length;
      }
      return out;
    }
  }
  return null;
}
