/**
 * How a benchmark hands its figures to `npm run bench` (bench/run.ts), which prints them together
 * with the targets: one JSON line per benchmark in the file BENCH_FIGURES names (nothing when run alone).
 */
import { appendFileSync, readFileSync } from "node:fs";

export function recordFigures(bench: string, figures: object): void {
  const file = process.env.BENCH_FIGURES;
  if (file) appendFileSync(file, `${JSON.stringify({ bench, figures })}\n`);
}

export function readFigures(file: string): Record<string, unknown> {
  const lines = readFileSync(file, "utf8").split("\n").filter(Boolean);
  return Object.fromEntries(
    lines.map((line) => JSON.parse(line) as { bench: string; figures: unknown }).map(({ bench, figures }) => [bench, figures]),
  );
}
