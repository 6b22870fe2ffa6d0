import { describe, expect, it } from "vitest";
import { jpegOrientation, stripJpegMetadata } from "./jpeg-metadata";

const segment = (marker: number, payload: number[]) => [0xff, marker, (payload.length + 2) >> 8, (payload.length + 2) & 0xff, ...payload];
const ascii = (text: string) => [...text].map((char) => char.charCodeAt(0));

/** A TIFF block, little-endian, with one IFD0 entry: Orientation = `orientation`, plus GPS-looking text. */
function exif(orientation: number): number[] {
  const tiff = [...ascii("II"), 42, 0, 8, 0, 0, 0, 1, 0, 0x12, 0x01, 3, 0, 1, 0, 0, 0, orientation, 0, 0, 0, 0, 0, 0, 0];
  return [...ascii("Exif\0\0"), ...tiff, ...ascii("GPS 51N 0W")];
}

const JFIF = segment(0xe0, [...ascii("JFIF\0"), 1, 1, 0, 0, 1, 0, 1, 0, 0]);
const ICC = segment(0xe2, ascii("ICC_PROFILE\0xx"));
const SCAN = [0xff, 0xda, 0, 4, 1, 2, 0x55, 0xaa, 0xff, 0xd9];

function jpeg(...segments: number[][]): Uint8Array {
  return new Uint8Array([0xff, 0xd8, ...segments.flat(), ...SCAN]);
}

describe("JPEG metadata", () => {
  it("reads the EXIF orientation, and 1 when there is none", () => {
    expect(jpegOrientation(jpeg(segment(0xe1, exif(6)), JFIF))).toBe(6);
    expect(jpegOrientation(jpeg(JFIF))).toBe(1);
    expect(jpegOrientation(new Uint8Array([1, 2, 3]))).toBe(1);
  });

  it("drops EXIF (with its GPS), XMP and IPTC, and keeps the colour profile and the image data", () => {
    const stripped = stripJpegMetadata(
      jpeg(
        JFIF,
        segment(0xe1, exif(1)),
        segment(0xe1, ascii("http://ns.adobe.com/xap/1.0/\0")),
        ICC,
        segment(0xed, ascii("Photoshop 3.0")),
      ),
    );
    expect([...stripped!]).toEqual([0xff, 0xd8, ...JFIF, ...ICC, ...SCAN]);
    expect(new TextDecoder().decode(stripped!)).not.toContain("GPS");
  });

  it("ends at the first image's end: a second image after it (MPF, Ultra HDR, motion photo) goes with its own EXIF", () => {
    const stripped = stripJpegMetadata(new Uint8Array([...jpeg(JFIF), ...jpeg(segment(0xe1, exif(1)))]));
    expect([...stripped!]).toEqual([0xff, 0xd8, ...JFIF, ...SCAN]);
    expect(new TextDecoder().decode(stripped!)).not.toContain("GPS");
  });

  it("reads through restart markers, stuffed bytes and the later scans of a progressive JPEG to the end of the image", () => {
    const progressive = [
      0xff,
      0xda,
      0,
      4,
      1,
      2,
      0x12,
      0xff,
      0x00,
      0x34,
      0xff,
      0xd3,
      0x56,
      ...segment(0xc4, [0xff, 0xd9]),
      0xff,
      0xda,
      0,
      4,
      1,
      2,
      0x78,
      0xff,
      0xd9,
    ];
    const bytes = new Uint8Array([0xff, 0xd8, ...JFIF, ...progressive, ...jpeg(segment(0xe1, exif(1)))]);
    expect([...stripJpegMetadata(bytes)!]).toEqual([0xff, 0xd8, ...JFIF, ...progressive]);
  });

  it("gives up (null) on bytes it cannot follow, rather than pass them on with their metadata", () => {
    // One stray 00 between segments: decoders skip it, and the EXIF after it would go unseen.
    expect(stripJpegMetadata(new Uint8Array([0xff, 0xd8, ...JFIF, 0x00, ...segment(0xe1, exif(1)), ...SCAN]))).toBeNull();
    expect(stripJpegMetadata(new Uint8Array([0xff, 0xd8, 0xff, 0xe1, 0xff, 0xff]))).toBeNull();
    // No end of image: cut short.
    expect(stripJpegMetadata(new Uint8Array([0xff, 0xd8, ...JFIF, ...SCAN.slice(0, -2)]))).toBeNull();
  });
});
