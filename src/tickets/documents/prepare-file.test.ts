// @vitest-environment node
// Node's File and Blob read their bytes (jsdom's cannot); the browser's decoder and canvas are stubbed where a test needs them.
import { afterEach, describe, expect, it, vi } from "vitest";
import { prepareFile } from "./prepare-file";

// Each file carries a GPS position the way cameras write it: in EXIF, as "GPS" here to be easy to look for.
const ascii = (text: string) => [...text].map((char) => char.charCodeAt(0));
const segment = (marker: number, payload: number[]) => [0xff, marker, 0, payload.length + 2, ...payload];
const EXIF = segment(0xe1, ascii("Exif\0\0MM\0*GPS 51N"));
const JFIF = segment(0xe0, [...ascii("JFIF\0"), 1, 1, 0, 0, 1, 0, 1, 0, 0]);
const SCAN = [0xff, 0xda, 0, 4, 1, 2, 0x55, 0xaa, 0xff, 0xd9];
const image = (bytes: number[], type: string, name: string) => new File([new Uint8Array(bytes)], name, { type });
const webpChunk = (type: string, data: number[]) => [...ascii(type), data.length, 0, 0, 0, ...data];
const webp = (...chunks: number[][]) => {
  const body = [...ascii("WEBP"), ...chunks.flat()];
  return [...ascii("RIFF"), body.length & 0xff, body.length >> 8, 0, 0, ...body];
};

async function uploaded(file: File) {
  const prepared = await prepareFile(file);
  if ("refusal" in prepared) return { refusal: prepared.refusal };
  return { text: new TextDecoder("latin1").decode(await prepared.blob.arrayBuffer()), type: prepared.type };
}

/** A browser whose JPEG re-encode of any photo comes out `size` bytes long. */
function reencodesTo(size: number) {
  vi.stubGlobal("createImageBitmap", async () => ({ width: 400, height: 300, close: () => undefined }));
  vi.stubGlobal(
    "OffscreenCanvas",
    class {
      getContext = () => ({ drawImage: () => undefined });
      convertToBlob = async () =>
        new Blob([new Uint8Array([0xff, 0xd8, ...new Array<number>(size - 4).fill(1), 0xff, 0xd9])], { type: "image/jpeg" });
    },
  );
}

afterEach(() => vi.unstubAllGlobals());

describe("what leaves the device of a photo with GPS in it", () => {
  it("a small JPEG: the original, without its EXIF", async () => {
    reencodesTo(1_000);
    const sent = await uploaded(image([0xff, 0xd8, ...JFIF, ...EXIF, ...SCAN], "image/jpeg", "small.jpg"));
    expect(sent.text).not.toContain("GPS");
  });

  it("a JPEG with a second image (and its EXIF) after the first: the first image only", async () => {
    reencodesTo(1_000);
    const second = [0xff, 0xd8, ...EXIF, ...SCAN];
    const sent = await uploaded(image([0xff, 0xd8, ...JFIF, ...SCAN, ...second], "image/jpeg", "motion.jpg"));
    expect(sent.text).not.toContain("GPS");
  });

  it("a JPEG with a stray byte between segments: the re-encoded pixels, even when bigger", async () => {
    reencodesTo(1_000);
    const sent = await uploaded(image([0xff, 0xd8, ...JFIF, 0x00, ...EXIF, ...SCAN], "image/jpeg", "odd.jpg"));
    expect(sent.text).not.toContain("GPS");
    expect(sent.text).toHaveLength(1_000);
  });

  it("a WebP whose re-encode is bigger: the re-encoded pixels, as a JPEG", async () => {
    reencodesTo(1_000);
    const sent = await uploaded(image(webp(webpChunk("VP8 ", [1, 2, 3, 4]), webpChunk("EXIF", EXIF.slice(4))), "image/webp", "shot.webp"));
    expect(sent).toMatchObject({ type: "image/jpeg" });
    expect(sent.text).not.toContain("GPS");
  });

  it("a photo the browser cannot decode and that cannot be cleaned: refused, with the reason", async () => {
    const heic = image([0, 0, 0, 24, ...ascii("ftypheic"), ...EXIF], "image/heic", "IMG_0001.HEIC");
    const odd = image([0xff, 0xd8, ...JFIF, 0x00, ...EXIF, ...SCAN], "image/jpeg", "odd.jpg");
    for (const file of [heic, odd]) expect((await uploaded(file)).refusal).toMatch(new RegExp(`^${file.name} was not attached`));
  });

  it("a PNG: as it is, without its eXIf chunk", async () => {
    const chunk = (type: string, data: number[]) => [0, 0, 0, data.length, ...ascii(type), ...data, 1, 2, 3, 4];
    const png = [
      0x89,
      ...ascii("PNG\r\n"),
      0x1a,
      0x0a,
      ...chunk("IHDR", new Array<number>(13).fill(1)),
      ...chunk("eXIf", ascii("MM\0*GPS 51N")),
      ...chunk("IDAT", [1]),
      ...chunk("IEND", []),
    ];
    const sent = await uploaded(image(png, "image/png", "screen.png"));
    expect(sent).toMatchObject({ type: "image/png" });
    expect(sent.text).toContain("IDAT");
    expect(sent.text).not.toContain("GPS");
  });
});
