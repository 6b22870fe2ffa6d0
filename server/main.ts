import path from "node:path";
import { fileURLToPath } from "node:url";
import { startSandbox } from "./app";
import { DEMO_PASSWORD, DEMO_USERS } from "./db/seed/people";
import { CONTROL_TOKEN_HEADER } from "./http/control-access";

const repoRoot = fileURLToPath(new URL("..", import.meta.url));

function dataDirFromEnv(): string | null {
  const value = process.env.ALGA_SANDBOX_DATA;
  if (value === ":memory:") return null;
  return path.resolve(repoRoot, value || ".sandbox-data");
}

const sandbox = await startSandbox({
  port: Number(process.env.PORT ?? 8080),
  control: process.env.ALGA_SANDBOX_CONTROL === "1",
  dataDir: dataDirFromEnv(),
  ticketCount: process.env.ALGA_SANDBOX_TICKETS ? Number(process.env.ALGA_SANDBOX_TICKETS) : undefined,
  algaUrl: process.env.ALGA_URL || undefined,
  log: true,
}).catch((error: unknown) => {
  // One line that says what to do, not a stack trace through minified WebAssembly glue.
  console.error(`[sandbox] Not started: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});

const users = DEMO_USERS.filter((user) => !user.inactive).map((user) =>
  user.userType === "client"
    ? `${user.email} (client portal — refused by the mobile sign-in, as on the real server)`
    : `${user.email} (${user.role})`,
);
console.log(`Alga Tickets on the sandbox: ${sandbox.url}`);
if (process.env.ALGA_URL) console.log(`The app talks to ${process.env.ALGA_URL} (ALGA_URL).`);
console.log(`Demo users (password: ${DEMO_PASSWORD}): ${users.join(", ")}`);
if (sandbox.controlToken) {
  console.log(
    `Test control interface enabled at /__sandbox/* (ALGA_SANDBOX_CONTROL=1), for test code on this machine; from a browser or another host send ${CONTROL_TOKEN_HEADER}: ${sandbox.controlToken}`,
  );
}

for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, () => {
    void sandbox.close().then(() => process.exit(0));
  });
}
