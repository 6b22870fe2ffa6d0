/**
 * `npm run bench`: builds the app, runs every benchmark one after the other (they share the machine's
 * two cores), each within a time limit so the whole run always ends, then prints the figures of
 * issue 15's table with their targets.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { readFigures } from "./figures";
import { printSummary } from "./summary";

const LIMIT_MS = 20 * 60_000;
const workDir = mkdtempSync(path.join(tmpdir(), "alga-bench-"));
const figuresFile = path.join(workDir, "figures.jsonl");
const env = { ...process.env, BENCH_FIGURES: figuresFile };

function run(command: string, args: string[], capture = false): string {
  const result = spawnSync(command, args, {
    env,
    stdio: ["inherit", capture ? "pipe" : "inherit", "inherit"],
    timeout: LIMIT_MS,
    encoding: "utf8",
  });
  if (capture) process.stdout.write(result.stdout ?? "");
  if (result.status !== 0) {
    console.log(result.signal ? `(stopped after ${LIMIT_MS / 60_000} minutes)` : `(exit code ${result.status})`);
    process.exitCode = 1;
  }
  return result.stdout ?? "";
}

console.log("=== npm run build");
run("npx", ["vite", "build", "--logLevel", "warn"]);
let serverOutput = "";
for (const script of [
  "bench/server.ts",
  "bench/list-scroll.ts",
  "bench/offline.ts",
  "bench/startup.ts",
  "bench/restore.ts",
  "bench/uploads.ts",
  "bench/for-me.ts",
]) {
  console.log(`\n=== ${script}`);
  const output = run("npx", ["tsx", script], script === "bench/server.ts");
  if (script === "bench/server.ts") serverOutput = output;
}
printSummary(existsSync(figuresFile) ? readFigures(figuresFile) : {}, serverOutput);
rmSync(workDir, { recursive: true, force: true });
