/**
 * Sandbox speed: seeds 10 000 tickets in memory and reports p50/p95 of a mobile_list page, a filtered
 * search and a ticket detail, measured over HTTP in one run. Not a test: it prints, it asserts nothing.
 * Run: npx tsx bench/server.ts
 */
import { startSandbox } from "../server/app";
import { apiClient, signIn } from "../server/testing/harness";

const TICKETS = 10_000;
const WARMUP = 20;
const RUNS = 200;

function percentile(sorted: number[], fraction: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * fraction))] ?? Number.NaN;
}

async function measure(name: string, call: (run: number) => Promise<Response>): Promise<void> {
  for (let run = 0; run < WARMUP; run++) await (await call(run)).arrayBuffer();
  const times: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    const started = performance.now();
    const response = await call(run);
    await response.arrayBuffer();
    if (!response.ok) throw new Error(`${name}: HTTP ${response.status}`);
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  console.log(
    `${name.padEnd(34)} p50 ${percentile(times, 0.5).toFixed(1).padStart(6)} ms   p95 ${percentile(times, 0.95).toFixed(1).padStart(6)} ms`,
  );
}

const seedStarted = performance.now();
const sandbox = await startSandbox({ port: 0, control: true, dataDir: null, distDir: null, ticketCount: TICKETS });
console.log(`start + seed of ${TICKETS} tickets: ${((performance.now() - seedStarted) / 1000).toFixed(1)} s`);
const api = `http://127.0.0.1:${sandbox.port}`;
const tokens = await signIn(api);
const client = apiClient(api, tokens.accessToken);
const ids = (
  (await (await client.get("/api/v1/tickets?fields=mobile_list&limit=100")).json()) as { data: { ticket_id: string }[] }
).data.map((ticket) => ticket.ticket_id);

await measure("mobile_list page (open, page 1-5)", (run) =>
  client.get(`/api/v1/tickets?fields=mobile_list&is_open=true&sort=entered_at&order=desc&limit=25&page=${(run % 5) + 1}`),
);
await measure("filtered search (mine, 'printer')", () =>
  client.get(`/api/v1/tickets?fields=mobile_list&is_open=true&assigned_to=${tokens.user.id}&search=printer&limit=25`),
);
await measure("ticket detail", (run) => client.get(`/api/v1/tickets/${ids[run % ids.length]}`));
await sandbox.close();
