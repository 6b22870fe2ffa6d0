/** `npm run bench`: every benchmark, one after the other (they share the machine's two cores). */
import { spawnSync } from "node:child_process";

for (const script of ["bench/server.ts", "bench/list-scroll.ts", "bench/offline.ts"]) {
  console.log(`\n=== ${script}`);
  const result = spawnSync("npx", ["tsx", script], { stdio: "inherit" });
  if (result.status !== 0) process.exitCode = 1;
}
