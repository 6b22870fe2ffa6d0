import { buildUrl, sendRequest } from "./client";
import { capabilitiesSchema, exchangeResponseSchema, refreshResponseSchema, revokeResponseSchema } from "./schemas/auth";

/** Device metadata the server records with a session (contract §3.4); sent in the body, never as headers. */
export interface DeviceInfo {
  platform: string;
  appVersion: string;
  buildVersion: string;
  deviceId: string;
}

const base = "api/v1/mobile/auth";

export function fetchCapabilities(server: string, signal?: AbortSignal) {
  return sendRequest(
    buildUrl(server, `${base}/capabilities`),
    { schema: capabilitiesSchema, signal },
    { timeoutMs: 10_000, getRetries: 0 },
  );
}

export function exchangeOneTimeToken(server: string, input: { ott: string; state: string; device: DeviceInfo }) {
  return sendRequest(buildUrl(server, `${base}/exchange`), { method: "POST", body: input, schema: exchangeResponseSchema });
}

export function refreshTokens(server: string, input: { refreshToken: string; device: Pick<DeviceInfo, "platform" | "deviceId"> }) {
  return sendRequest(buildUrl(server, `${base}/refresh`), { method: "POST", body: input, schema: refreshResponseSchema });
}

export function revokeRefreshToken(server: string, refreshToken: string) {
  return sendRequest(
    buildUrl(server, `${base}/revoke`),
    { method: "POST", body: { refreshToken }, schema: revokeResponseSchema },
    { timeoutMs: 10_000 },
  );
}

/** The address the browser navigates to for sign-in: a top-level navigation, so CORS does not apply. */
export function handoffUrl(server: string, redirect: string, state: string): string {
  return buildUrl(server, "auth/mobile/handoff", { redirect, state });
}
