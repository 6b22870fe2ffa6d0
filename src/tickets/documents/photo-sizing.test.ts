import { describe, expect, it } from "vitest";
import { chooseUpload, fitWithin } from "./photo-sizing";

describe("photo size", () => {
  it("brings a camera photo's longest side down to 2048 px, keeping its shape", () => {
    expect(fitWithin(4032, 3024)).toEqual({ width: 2048, height: 1536 });
    expect(fitWithin(3000, 4000)).toEqual({ width: 1536, height: 2048 });
  });

  it("never enlarges a small photo", () => {
    expect(fitWithin(800, 600)).toEqual({ width: 800, height: 600 });
  });
});

describe("which bytes are sent", () => {
  const jpeg = (size: number, orientation = 1) => ({ size, orientation, cleaned: true });
  /** A WebP or HEIC, or a JPEG the metadata parser could not follow: nothing but new pixels leaves its metadata behind. */
  const uncleanable = (size: number) => ({ size, orientation: 1, cleaned: false });

  it("sends the re-encoded photo when it is smaller", () => {
    expect(chooseUpload(jpeg(4_000_000), 600_000)).toBe("reencoded");
  });

  it("keeps an already small upright JPEG (its metadata stripped) when re-encoding would make it bigger", () => {
    expect(chooseUpload(jpeg(90_000), 120_000)).toBe("original");
  });

  it("sends the re-encoded pixels of a photo upright only through its EXIF orientation, even when bigger", () => {
    expect(chooseUpload(jpeg(90_000, 6), 120_000)).toBe("reencoded");
  });

  it("sends the re-encoded pixels of a photo it cannot clean, even when bigger", () => {
    expect(chooseUpload(uncleanable(90_000), 120_000)).toBe("reencoded");
  });

  it("sends a cleaned JPEG when the browser cannot decode it, and refuses a photo it can neither decode nor clean", () => {
    expect(chooseUpload(jpeg(90_000, 6), null)).toBe("original");
    expect(chooseUpload(uncleanable(90_000), null)).toBe("refuse");
  });
});
