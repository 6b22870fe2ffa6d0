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
  it("sends the re-encoded photo when it is smaller", () => {
    expect(chooseUpload({ size: 4_000_000, orientation: 1 }, 600_000)).toBe("reencoded");
  });

  it("keeps an already small upright original (its metadata stripped) when re-encoding would make it bigger", () => {
    expect(chooseUpload({ size: 90_000, orientation: 1 }, 120_000)).toBe("original");
  });

  it("sends the re-encoded pixels of a photo upright only through its EXIF orientation, even when bigger", () => {
    expect(chooseUpload({ size: 90_000, orientation: 6 }, 120_000)).toBe("reencoded");
  });

  it("sends the original when the browser cannot decode it", () => {
    expect(chooseUpload({ size: 90_000, orientation: 6 }, null)).toBe("original");
  });
});
