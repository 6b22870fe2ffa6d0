/**
 * Just enough of the JPEG format to read the EXIF orientation and to drop the segments that carry
 * metadata (APP1: EXIF with GPS, XMP; APP13: IPTC), keeping the image data and the colour profile (APP2).
 */

const SOI = 0xd8;
const SOS = 0xda;
const EOI = 0xd9;
const APP1 = 0xe1;
const APP13 = 0xed;
const ORIENTATION_TAG = 0x0112;

interface Segment {
  marker: number;
  start: number;
  end: number;
}

/** The segments before the image data; null when `bytes` is not a JPEG or is cut short. */
function segments(bytes: Uint8Array): { list: Segment[]; dataStart: number } | null {
  if (bytes[0] !== 0xff || bytes[1] !== SOI) return null;
  const list: Segment[] = [];
  let offset = 2;
  while (offset + 4 <= bytes.length) {
    if (bytes[offset] !== 0xff) return null;
    const marker = bytes[offset + 1]!;
    if (marker === 0xff) {
      offset++; // fill byte
      continue;
    }
    if (marker === SOS) return { list, dataStart: offset };
    const length = (bytes[offset + 2]! << 8) | bytes[offset + 3]!;
    const end = offset + 2 + length;
    if (length < 2 || end > bytes.length) return null;
    list.push({ marker, start: offset, end });
    offset = end;
  }
  return null;
}

/** The EXIF orientation, 1 to 8; 1 (as stored) when there is none or it cannot be read. */
export function jpegOrientation(bytes: Uint8Array): number {
  const exif = segments(bytes)?.list.find((segment) => segment.marker === APP1 && ascii(bytes, segment.start + 4, 6) === "Exif\0\0");
  if (!exif) return 1;
  const tiff = exif.start + 10;
  const little = ascii(bytes, tiff, 2) === "II";
  const view = new DataView(bytes.buffer, bytes.byteOffset, exif.end);
  try {
    const ifd = tiff + view.getUint32(tiff + 4, little);
    const count = view.getUint16(ifd, little);
    for (let entry = ifd + 2; entry < ifd + 2 + count * 12; entry += 12) {
      if (view.getUint16(entry, little) !== ORIENTATION_TAG) continue;
      const value = view.getUint16(entry + 8, little);
      return value >= 1 && value <= 8 ? value : 1;
    }
  } catch {
    // A truncated EXIF block reads past its segment: treat it as no orientation.
  }
  return 1;
}

/**
 * Just past the end-of-image marker of the image whose scans start at `offset`, or null when it never ends.
 * What follows it (the second image of an MPF file, Ultra HDR or motion-photo data) has metadata of its own.
 */
function imageEnd(bytes: Uint8Array, offset: number): number | null {
  while (offset + 1 < bytes.length) {
    const marker = bytes[offset + 1]!;
    if (bytes[offset] !== 0xff) return null;
    if (marker === EOI) return offset + 2;
    if (marker === 0xff) {
      offset++; // fill byte
      continue;
    }
    // A segment between or before scans (SOS, DHT, DQT, DRI…), then the scan's entropy-coded data, where
    // FF is followed by 00 (a stuffed FF) or a restart marker, and any other FF starts the next marker.
    const length = offset + 3 < bytes.length ? (bytes[offset + 2]! << 8) | bytes[offset + 3]! : 0;
    if (length < 2) return null;
    offset += 2 + length;
    while (offset + 1 < bytes.length) {
      const next = bytes[offset + 1]!;
      if (bytes[offset] !== 0xff) offset++;
      else if (next === 0x00 || (next >= 0xd0 && next <= 0xd7)) offset += 2;
      else break;
    }
  }
  return null;
}

/**
 * The first image of the JPEG, without its EXIF, XMP and IPTC segments; null when the bytes cannot be followed
 * to its end (a stray byte between segments, cut short): what the parser skipped could hold a location.
 */
export function stripJpegMetadata(bytes: Uint8Array): Uint8Array<ArrayBuffer> | null {
  const parsed = segments(bytes);
  const end = parsed && imageEnd(bytes, parsed.dataStart);
  if (!parsed || end === null) return null;
  const kept = parsed.list.filter((segment) => segment.marker !== APP1 && segment.marker !== APP13);
  const size = 2 + kept.reduce((sum, segment) => sum + segment.end - segment.start, 0) + end - parsed.dataStart;
  const out = new Uint8Array(size);
  out.set([0xff, SOI]);
  let offset = 2;
  for (const segment of kept) {
    out.set(bytes.subarray(segment.start, segment.end), offset);
    offset += segment.end - segment.start;
  }
  out.set(bytes.subarray(parsed.dataStart, end), offset);
  return out;
}

function ascii(bytes: Uint8Array, start: number, length: number): string {
  return String.fromCharCode(...bytes.subarray(start, start + length));
}
