import { spawn } from "node:child_process";

/**
 * `npm test`: every check, with the time each took. The checks that do not depend on each other run two at a
 * time, since each of tsc, eslint, prettier and vite uses one core and the machines have two; the unit tests
 * and the journeys use both cores themselves, so they run alone, in this order (the cheap failures first).
 */
interface Step {
  name: string;
  script: string;
}

const phases: Step[][] = [
  [
    { name: "types", script: "typecheck" },
    { name: "lint", script: "lint" },
    { name: "format", script: "format:check" },
    { name: "build", script: "build" },
    { name: "e2e tools", script: "e2e:tools" },
  ],
  [{ name: "unit and sandbox", script: "test:unit" }],
  [{ name: "journeys", script: "test:e2e" }],
];
const PARALLEL_STEPS = 2;

interface Outcome {
  name: string;
  seconds: number;
  ok: boolean;
}

/** Runs an npm script; output is printed at once when it runs alone, and in one piece when it ends otherwise. */
function run(step: Step, alone: boolean): Promise<Outcome> {
  const started = performance.now();
  const child = spawn("npm", ["run", "--silent", step.script], { stdio: alone ? "inherit" : ["ignore", "pipe", "pipe"] });
  const output: Buffer[] = [];
  child.stdout?.on("data", (chunk: Buffer) => output.push(chunk));
  child.stderr?.on("data", (chunk: Buffer) => output.push(chunk));
  return new Promise((resolve) => {
    child.on("close", (code) => {
      const ok = code === 0;
      const seconds = (performance.now() - started) / 1000;
      if (!alone)
        process.stdout.write(
          `\n── ${step.name} (${ok ? "passed" : "FAILED"}, ${seconds.toFixed(0)} s) ──\n${Buffer.concat(output).toString()}`,
        );
      resolve({ name: step.name, seconds, ok });
    });
  });
}

async function runPhase(steps: Step[]): Promise<Outcome[]> {
  const queue = [...steps];
  const outcomes: Outcome[] = [];
  const lane = async () => {
    for (let step = queue.shift(); step; step = queue.shift()) outcomes.push(await run(step, steps.length === 1));
  };
  await Promise.all(Array.from({ length: Math.min(PARALLEL_STEPS, steps.length) }, lane));
  return outcomes;
}

const started = performance.now();
const outcomes: Outcome[] = [];
for (const phase of phases) {
  outcomes.push(...(await runPhase(phase)));
  if (outcomes.some((outcome) => !outcome.ok)) break;
}
console.log("\nnpm test, seconds per step:");
for (const outcome of outcomes)
  console.log(`  ${outcome.name.padEnd(18)} ${outcome.seconds.toFixed(0).padStart(5)}${outcome.ok ? "" : "  FAILED"}`);
console.log(`  ${"total".padEnd(18)} ${((performance.now() - started) / 1000).toFixed(0).padStart(5)}`);
process.exit(outcomes.every((outcome) => outcome.ok) ? 0 : 1);
