import { describe, expect, it } from "vitest";
import { keptShares, MAX_SHARED_BYTES, MAX_SHARED_FILES, SHARE_LIFETIME_MS } from "./shared-files";
import { MAX_UPLOAD_BYTES } from "./upload-limit";

const NOW = Date.parse("2026-12-10T09:00:00Z");
const file = (name: string, size = 1_000) => ({ name, size });
const waiting = (name: string, sharedAt: number, size = 1_000) => ({ id: name, file: file(name, size), sharedAt });
const names = (shares: { file: { name: string } }[]) => shares.map((share) => share.file.name);

describe("files shared into the app", () => {
  it("keeps what fits beside the files already waiting, up to the count", () => {
    const already = Array.from({ length: MAX_SHARED_FILES - 2 }, (_, index) => waiting(`old-${index}`, NOW - 1_000));
    const kept = keptShares(already, [file("a.jpg"), file("b.jpg"), file("c.jpg")], NOW);
    expect(kept).toHaveLength(MAX_SHARED_FILES);
    expect(names(kept).slice(-2)).toEqual(["a.jpg", "b.jpg"]);
  });

  it("never keeps a file over the upload limit, nor more bytes than the total allows", () => {
    const big = MAX_UPLOAD_BYTES - 1_000;
    const incoming = [
      file("huge.mp4", MAX_UPLOAD_BYTES + 1),
      file("one.mp4", big),
      file("two.mp4", big),
      file("three.mp4", big),
      file("small.jpg"),
    ];
    const kept = keptShares([], incoming, NOW);
    expect(names(kept)).toEqual(["one.mp4", "two.mp4", "small.jpg"]);
    expect(kept.reduce((sum, share) => sum + share.file.size, 0)).toBeLessThanOrEqual(MAX_SHARED_BYTES);
  });

  it("lets files nobody picked a ticket for go after a day, making room for new ones", () => {
    const kept = keptShares(
      [waiting("stale.jpg", NOW - SHARE_LIFETIME_MS - 1), waiting("fresh.jpg", NOW - 60_000)],
      [file("new.jpg")],
      NOW,
    );
    expect(names(kept)).toEqual(["fresh.jpg", "new.jpg"]);
  });
});
