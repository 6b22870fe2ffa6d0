import { inflateSync } from "node:zlib";

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
/** Bytes per pixel of 8-bit PNGs by colour type: grey, RGB, grey + alpha, RGBA (a canvas writes no palette). */
const BYTES_PER_PIXEL: Record<number, number> = { 0: 1, 2: 3, 4: 2, 6: 4 };

export interface PngFacts {
  width: number;
  height: number;
  chunkTypes: string[];
  /** Per row, the pixels that are not white (a colour channel under 250): where the ink is. */
  inkPerRow: number[];
}

/**
 * Just enough of a PNG reader to check a saved signature on the server: the chunks, the size from IHDR,
 * and the pixels, inflated and unfiltered (PNG spec §9: None, Sub, Up, Average, Paeth) to count the ink.
 */
export function readPng(bytes: Buffer): PngFacts {
  if (!bytes.subarray(0, 8).equals(SIGNATURE)) throw new Error("Not a PNG: the signature bytes are wrong");
  const chunkTypes: string[] = [];
  const data: Buffer[] = [];
  let header: Buffer | null = null;
  for (let offset = 8; offset + 12 <= bytes.length;) {
    const length = bytes.readUInt32BE(offset);
    const type = bytes.toString("latin1", offset + 4, offset + 8);
    const body = bytes.subarray(offset + 8, offset + 8 + length);
    chunkTypes.push(type);
    if (type === "IHDR") header = body;
    if (type === "IDAT") data.push(body);
    offset += 12 + length;
  }
  if (!header) throw new Error("No IHDR chunk");
  const width = header.readUInt32BE(0);
  const height = header.readUInt32BE(4);
  const [bitDepth, colourType, , , interlace] = [header[8], header[9], header[10], header[11], header[12]];
  const bpp = BYTES_PER_PIXEL[colourType!];
  if (bitDepth !== 8 || !bpp || interlace !== 0)
    throw new Error(`Unsupported PNG: depth ${bitDepth}, colour ${colourType}, interlace ${interlace}`);

  const raw = inflateSync(Buffer.concat(data));
  const stride = width * bpp;
  let previous = Buffer.alloc(stride);
  const inkPerRow: number[] = [];
  for (let row = 0; row < height; row++) {
    const filter = raw[row * (stride + 1)]!;
    const line = Buffer.from(raw.subarray(row * (stride + 1) + 1, (row + 1) * (stride + 1)));
    for (let index = 0; index < stride; index++) {
      const left = index >= bpp ? line[index - bpp]! : 0;
      const up = previous[index]!;
      const upLeft = index >= bpp ? previous[index - bpp]! : 0;
      const predictor = [0, left, up, (left + up) >> 1, paeth(left, up, upLeft)][filter];
      if (predictor === undefined) throw new Error(`Unknown filter ${filter} on row ${row}`);
      line[index] = (line[index]! + predictor) & 0xff;
    }
    const channels = colourType === 0 || colourType === 4 ? 1 : 3;
    let ink = 0;
    for (let pixel = 0; pixel < width; pixel++) {
      const start = pixel * bpp;
      if (line.subarray(start, start + channels).some((value) => value < 250)) ink++;
    }
    inkPerRow.push(ink);
    previous = line;
  }
  return { width, height, chunkTypes, inkPerRow };
}

function paeth(left: number, up: number, upLeft: number): number {
  const estimate = left + up - upLeft;
  const [toLeft, toUp, toUpLeft] = [Math.abs(estimate - left), Math.abs(estimate - up), Math.abs(estimate - upLeft)];
  if (toLeft <= toUp && toLeft <= toUpLeft) return left;
  return toUp <= toUpLeft ? up : upLeft;
}
