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
    expect([...stripped]).toEqual([0xff, 0xd8, ...JFIF, ...ICC, ...SCAN]);
    expect(new TextDecoder().decode(stripped)).not.toContain("GPS");
  });

  it("leaves bytes it cannot parse as they are", () => {
    const broken = new Uint8Array([0xff, 0xd8, 0xff, 0xe1, 0xff, 0xff]);
    expect([...stripJpegMetadata(broken)]).toEqual([...broken]);
  });
});
