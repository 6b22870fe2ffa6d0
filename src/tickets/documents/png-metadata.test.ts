import { describe, expect, it } from "vitest";
import { stripPngMetadata } from "./png-metadata";

const ascii = (text: string) => [...text].map((char) => char.charCodeAt(0));
const SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
/** A chunk with a made-up CRC: nothing here checks it, and decoders are not asked. */
const chunk = (type: string, data: number[]) => [0, 0, data.length >> 8, data.length & 0xff, ...ascii(type), ...data, 1, 2, 3, 4];

const IHDR = chunk("IHDR", [0, 0, 0, 1, 0, 0, 0, 1, 8, 2, 0, 0, 0]);
const IDAT = chunk("IDAT", [0x78, 0x9c, 1, 2, 3]);
const IEND = chunk("IEND", []);

describe("PNG metadata", () => {
  it("drops EXIF (with its GPS) and text chunks (XMP), keeping the image", () => {
    const png = new Uint8Array([
      ...SIGNATURE,
      ...IHDR,
      ...chunk("eXIf", ascii("MM\0*GPS 51N 0W")),
      ...chunk("iTXt", ascii("XML:com.adobe.xmp\0\0\0\0\0<x:xmpmeta>GPS</x:xmpmeta>")),
      ...chunk("tEXt", ascii("Comment\0GPS 51N")),
      ...IDAT,
      ...IEND,
    ]);
    const stripped = stripPngMetadata(png);
    expect([...stripped!]).toEqual([...SIGNATURE, ...IHDR, ...IDAT, ...IEND]);
  });

  it("ends at the image's end, and gives up (null) on bytes that are not a whole PNG", () => {
    const appended = new Uint8Array([...SIGNATURE, ...IHDR, ...IDAT, ...IEND, ...ascii("Exif GPS 51N")]);
    expect([...stripPngMetadata(appended)!]).toEqual([...SIGNATURE, ...IHDR, ...IDAT, ...IEND]);
    expect(stripPngMetadata(new Uint8Array([...SIGNATURE, ...IHDR, ...IDAT]))).toBeNull();
    expect(stripPngMetadata(new Uint8Array(ascii("GIF89a")))).toBeNull();
  });
});
