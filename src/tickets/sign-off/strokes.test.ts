import { describe, expect, it } from "vitest";
import { LEAST_INK, NO_PRESSURE, PAD_ASPECT, signatureRefusal, strokeCurves, strokeLength, undoStroke, type Stroke } from "./strokes";

const line = (fromX: number, toX: number, y = 0.5, steps = 10): Stroke =>
  Array.from({ length: steps + 1 }, (_, index) => ({ x: fromX + ((toX - fromX) * index) / steps, y, pressure: NO_PRESSURE }));

describe("the signature's strokes", () => {
  it("undo takes back the last stroke only, and nothing when there is none", () => {
    const first = line(0.1, 0.5);
    const second = line(0.5, 0.9);
    expect(undoStroke([first, second])).toEqual([first]);
    expect(undoStroke([])).toEqual([]);
  });

  it("an empty pad asks for a signature", () => {
    expect(signatureRefusal([])).toBe("Ask the customer to sign in the box first.");
  });

  it("a single dot is refused as too little to be a signature", () => {
    expect(signatureRefusal([[{ x: 0.5, y: 0.5, pressure: NO_PRESSURE }]])).toMatch(/^That is too little to be a signature/);
  });

  it("a short tick is refused; a stroke across the box is taken", () => {
    expect(signatureRefusal([line(0.4, 0.4 + LEAST_INK * 0.9)])).toMatch(/too little to be a signature/);
    expect(signatureRefusal([line(0.1, 0.8)])).toBeNull();
  });

  it("several short strokes together count as one signature", () => {
    const strokes = [line(0.1, 0.2), line(0.3, 0.4), line(0.5, 0.6)];
    expect(signatureRefusal(strokes)).toBeNull();
    expect(signatureRefusal(undoStroke(undoStroke(strokes)))).not.toBeNull();
  });

  it("measures up and down in the same units as across", () => {
    const down: Stroke = [
      { x: 0.5, y: 0, pressure: NO_PRESSURE },
      { x: 0.5, y: 1, pressure: NO_PRESSURE },
    ];
    expect(strokeLength(down)).toBeCloseTo(1 / PAD_ASPECT);
  });

  it("draws curves through the midpoints, bending towards each sampled point, joined end to end", () => {
    const stroke: Stroke = [
      { x: 0, y: 0, pressure: NO_PRESSURE },
      { x: 0.5, y: 0, pressure: NO_PRESSURE },
      { x: 0.5, y: 1, pressure: NO_PRESSURE },
      { x: 1, y: 1, pressure: NO_PRESSURE },
    ];
    const curves = strokeCurves(stroke, 200, 100);
    expect(curves.map((curve) => [curve.from, curve.control, curve.to])).toEqual([
      [
        { x: 0, y: 0 },
        { x: 100, y: 0 },
        { x: 100, y: 50 },
      ],
      [
        { x: 100, y: 50 },
        { x: 100, y: 100 },
        { x: 150, y: 100 },
      ],
      [
        { x: 150, y: 100 },
        { x: 150, y: 100 },
        { x: 200, y: 100 },
      ],
    ]);
  });

  it("draws the same stroke twice as large in a box twice as large (kept as points, not pixels)", () => {
    const stroke = line(0.1, 0.9, 0.3, 3);
    const small = strokeCurves(stroke, 250, 100);
    const large = strokeCurves(stroke, 500, 200);
    expect(large.map((curve) => curve.to)).toEqual(small.map((curve) => ({ x: curve.to.x * 2, y: curve.to.y * 2 })));
  });

  it("presses harder, draws wider", () => {
    const light = strokeCurves(
      line(0, 1, 0.5, 2).map((point) => ({ ...point, pressure: 0.1 })),
      500,
      200,
    );
    const firm = strokeCurves(
      line(0, 1, 0.5, 2).map((point) => ({ ...point, pressure: 0.9 })),
      500,
      200,
    );
    expect(firm[0]!.width).toBeGreaterThan(light[0]!.width * 2);
  });
});
