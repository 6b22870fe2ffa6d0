import type { Page } from "@playwright/test";

/** What the exchange answers a device (contract §2): the session the app stores. */
export interface ApiTokens {
  accessToken: string;
  refreshToken: string;
  expiresInSec: number;
  tenantId: string;
  user: { id: string; email?: string; name?: string };
}

/** Where the app's callback lives; the handoff only redirects to an address it allows. */
export const APP_CALLBACK = "http://localhost:5173/auth/callback";

/**
 * Signs the browser of `page` in to the sandbox's web side, as if the password had been typed there: the app's
 * Sign in button then goes through the handoff without a form. Rate-limit counters are cleared as below.
 */
export async function webSignIn(page: Page, apiUrl: string, email = "tech@example.com"): Promise<void> {
  await fetch(`${apiUrl}/__sandbox/rate-limits`, { method: "DELETE" });
  const response = await page.request.post(`${apiUrl}/__sandbox/session`, { data: { email } });
  if (!response.ok()) throw new Error(`web session for ${email}: ${response.status()}`);
}

/**
 * Signs `email` in to the sandbox the way the app does, without a browser: a web session (through the control
 * routes), the handoff, the exchange. The rate-limit counters are cleared first, so suites can sign in more often
 * than the real limits (10 a minute) allow. For e2e, the bench and the server's tests alike.
 */
export async function apiSignIn(
  apiUrl: string,
  email = "tech@example.com",
  device?: { platform: "web"; deviceId: string },
): Promise<ApiTokens> {
  await fetch(`${apiUrl}/__sandbox/rate-limits`, { method: "DELETE" });
  const session = await fetch(`${apiUrl}/__sandbox/session`, { method: "POST", body: JSON.stringify({ email }) });
  if (!session.ok) throw new Error(`web session for ${email}: ${session.status}`);
  const cookie = (session.headers.get("set-cookie") ?? "").split(";")[0] ?? "";
  const state = "api-sign-in";
  const handoff = await fetch(`${apiUrl}/auth/mobile/handoff?redirect=${encodeURIComponent(APP_CALLBACK)}&state=${state}`, {
    headers: { cookie },
    redirect: "manual",
  });
  const ott = new URL(handoff.headers.get("location") ?? "", "http://relative.invalid").searchParams.get("ott");
  if (!ott) throw new Error(`handoff for ${email} gave no one-time token (${handoff.status})`);
  const exchange = await fetch(`${apiUrl}/api/v1/mobile/auth/exchange`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ ott, state, device }),
  });
  if (exchange.status !== 200) throw new Error(`exchange for ${email}: ${exchange.status}`);
  return (await exchange.json()) as ApiTokens;
}
