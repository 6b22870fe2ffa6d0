import { APP_CALLBACK } from "../../e2e/kit/api-sign-in";
import { startSandbox, type Sandbox, type SandboxOptions } from "../app";
import { runSeedSnapshot } from "./run-snapshot";

export interface TestSandbox extends Sandbox {
  /** The API origin, http://127.0.0.1:PORT (the app itself is served on http://localhost:PORT). */
  api: string;
}

// The sign-in the e2e journeys and the bench use too (one copy, in their kit).
export { APP_CALLBACK, apiSignIn as signIn, type ApiTokens as Tokens } from "../../e2e/kit/api-sign-in";

/**
 * A sandbox in memory on a free port with the control interface, as every server test file uses. With the
 * default seed it starts from the run's seeded database (see global-setup.ts) instead of seeding its own.
 */
export async function startTestSandbox(options: SandboxOptions = {}): Promise<TestSandbox> {
  const defaultSeed = !options.dataDir && options.ticketCount === undefined;
  const snapshot = defaultSeed ? await runSeedSnapshot() : undefined;
  const sandbox = await startSandbox({ port: 0, control: true, dataDir: null, distDir: null, seedSnapshot: snapshot, ...options });
  return { ...sandbox, api: `http://127.0.0.1:${sandbox.port}` };
}

/** A web-session cookie for `email`, through the control interface. */
export async function webSessionCookie(api: string, email = "tech@example.com"): Promise<string> {
  const response = await fetch(`${api}/__sandbox/session`, { method: "POST", body: JSON.stringify({ email }) });
  if (!response.ok) throw new Error(`session for ${email}: ${response.status}`);
  return (response.headers.get("set-cookie") ?? "").split(";")[0] ?? "";
}

/** Runs the handoff and returns the Location it redirected to. */
export async function handoff(
  api: string,
  cookie: string | undefined,
  state: string,
  redirect = APP_CALLBACK,
  headers: Record<string, string> = {},
): Promise<Response> {
  const url = `${api}/auth/mobile/handoff?redirect=${encodeURIComponent(redirect)}&state=${encodeURIComponent(state)}`;
  return fetch(url, { redirect: "manual", headers: { ...(cookie ? { cookie } : {}), ...headers } });
}

export function locationOf(response: Response): URL {
  return new URL(response.headers.get("location") ?? "", "http://relative.invalid");
}

/** An OTT for `email` (web session + handoff). */
export async function oneTimeToken(
  api: string,
  email = "tech@example.com",
  state = "test-state",
): Promise<{ ott: string; state: string; cookie: string }> {
  const cookie = await webSessionCookie(api, email);
  const ott = locationOf(await handoff(api, cookie, state)).searchParams.get("ott");
  if (!ott) throw new Error("handoff gave no ott");
  return { ott, state, cookie };
}

export function postJson(url: string, body: unknown, headers: Record<string, string> = {}): Promise<Response> {
  return fetch(url, { method: "POST", headers: { "content-type": "application/json", ...headers }, body: JSON.stringify(body) });
}

/** Sets the sandbox's faults (server/faults/fault-settings.ts); `null` clears them all. */
export function setFaults(api: string, faults: Record<string, unknown> | null): Promise<Response> {
  const url = `${api}/__sandbox/faults`;
  return faults === null ? fetch(url, { method: "DELETE" }) : postJson(url, faults);
}

/**
 * Returns once a token minted before the call with a lifetime of `ttlSec` has expired: the in-process
 * sandbox stamps expiry from this process's clock and PGlite's now() reads the same clock, so the
 * condition is exact, and the wait is the lifetime itself, not a guess with a margin.
 */
export async function untilExpired(ttlSec: number): Promise<void> {
  const expiresBy = Date.now() + ttlSec * 1000;
  while (Date.now() <= expiresBy) await new Promise((resolve) => setTimeout(resolve, 1));
}

/** An API client bound to one access token. */
export function apiClient(api: string, accessToken: string) {
  const headers = { "x-api-key": accessToken };
  const send = (method: string, path: string, body: unknown) =>
    fetch(`${api}${path}`, { method, headers: { ...headers, "content-type": "application/json" }, body: JSON.stringify(body) });
  return {
    get: (path: string) => fetch(`${api}${path}`, { headers }),
    post: (path: string, body: unknown) => postJson(`${api}${path}`, body, headers),
    put: (path: string, body: unknown) => send("PUT", path, body),
    patch: (path: string, body: unknown) => send("PATCH", path, body),
    /** DELETE with a JSON body, as the tag removal needs (fieldkit §6.3). */
    delete: (path: string, body?: unknown) =>
      body === undefined ? fetch(`${api}${path}`, { method: "DELETE", headers }) : send("DELETE", path, body),
    raw: (path: string, init: RequestInit) =>
      fetch(`${api}${path}`, { ...init, headers: { ...headers, ...(init.headers as Record<string, string>) } }),
  };
}

export type ApiClient = ReturnType<typeof apiClient>;

/** The id of a seeded ticket by its number, e.g. "TIC001002" (fixed tickets the journey seed relies on, db/seed/journey-tickets.ts). */
export async function ticketIdByNumber(client: ApiClient, ticketNumber: string): Promise<string> {
  const body = (await (await client.get(`/api/v1/tickets?fields=mobile_list&search=${ticketNumber}`)).json()) as {
    data: { ticket_id: string; ticket_number: string }[];
  };
  const ticket = body.data.find((row) => row.ticket_number === ticketNumber);
  if (!ticket) throw new Error(`no ticket ${ticketNumber}`);
  return ticket.ticket_id;
}

// Tests read deep into bodies they then validate with the app's zod schemas; `any` keeps them short.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function json<T = Record<string, any>>(response: Response): Promise<T> {
  return (await response.json()) as T;
}
