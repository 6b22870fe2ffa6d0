import { describe, expect, it } from "vitest";
import { doubleTap, FIT, MAX_SCALE, panBy, zoomAt } from "./zoom";

describe("photo zoom", () => {
  it("keeps the pinched point under the fingers", () => {
    const zoomed = zoomAt(FIT, 2, 100, 50);
    // The point 100 px right of centre is drawn at 100 + (100 - 100)… i.e. it stays: x·s + tx = 100·2 − 100.
    expect(zoomed).toEqual({ scale: 2, x: -100, y: -50 });
    expect(100 * zoomed.scale + zoomed.x).toBe(100);
  });

  it("never zooms out past the whole photo or in past the limit", () => {
    expect(zoomAt({ scale: 2, x: 40, y: 40 }, 0.5)).toEqual(FIT);
    expect(zoomAt(FIT, 50).scale).toBe(MAX_SCALE);
  });

  it("double tap zooms in on the tapped point, and a second one shows the whole photo", () => {
    const zoomed = doubleTap(FIT, 10, 10);
    expect(zoomed.scale).toBeGreaterThan(1);
    expect(doubleTap(zoomed, 0, 0)).toEqual(FIT);
  });

  it("pans only a zoomed photo", () => {
    expect(panBy(FIT, 30, 30)).toEqual(FIT);
    expect(panBy({ scale: 2, x: 0, y: 0 }, 30, -10)).toEqual({ scale: 2, x: 30, y: -10 });
  });
});
