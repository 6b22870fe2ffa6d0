import type * as z from "zod/mini";
import { ApiError, errorFromResponse } from "./errors";

/**
 * The one place that talks HTTP to the Alga server. It sends only the headers the server's CORS
 * allow-list names (contract §2: Content-Type, X-API-Key, X-Tenant-ID, X-Request-ID); any other
 * custom header makes the browser block the request.
 */

export interface RequestOptions<T extends z.ZodMiniType> {
  method?: "GET" | "POST" | "PUT" | "PATCH" | "DELETE";
  query?: Record<string, string | number | boolean | null | undefined>;
  /** JSON, or FormData sent as multipart (the browser writes its Content-Type with the boundary). */
  body?: unknown;
  schema: T;
  signal?: AbortSignal;
  /** "blob": a successful answer's bytes are what `schema` checks (downloads); errors are still JSON envelopes. */
  responseType?: "json" | "blob";
  /** Overrides the transport's timeout, e.g. for a large file on a slow uplink. */
  timeoutMs?: number;
  /** Bytes of the body sent so far (uploads): fetch cannot report it, so such a request goes through XMLHttpRequest. */
  onUploadProgress?: (sent: number, total: number) => void;
}

export interface ApiSession {
  server: string;
  userId: string;
  accessToken: string;
  tenantId: string;
}

/** An account: a user on a server. */
export interface ApiAccount {
  server: string;
  userId: string;
}

export interface TransportOptions {
  timeoutMs?: number;
  /** Retries for GETs on network errors, timeouts and 5xx. Never for other methods: nothing on the server is idempotent. */
  getRetries?: number;
  retryBaseMs?: number;
  fetchImpl?: typeof fetch;
}

const defaults = { timeoutMs: 30_000, getRetries: 2, retryBaseMs: 250 };

export function buildUrl(server: string, path: string, query: RequestOptions<z.ZodMiniType>["query"] = {}): string {
  const url = new URL(path, server.endsWith("/") ? server : `${server}/`);
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined && value !== null) url.searchParams.set(key, String(value));
  }
  return url.toString();
}

/** Sends one request without authentication (capabilities, exchange, refresh, revoke), parsing the answer with `schema`. */
export async function sendRequest<T extends z.ZodMiniType>(
  url: string,
  options: RequestOptions<T> & { headers?: Record<string, string> },
  transport: TransportOptions = {},
): Promise<z.infer<T>> {
  const { timeoutMs, getRetries, retryBaseMs } = { ...defaults, ...transport };
  const method = options.method ?? "GET";
  const retries = method === "GET" ? getRetries : 0;
  for (let attempt = 0; ; attempt++) {
    try {
      return await sendOnce(url, options, options.timeoutMs ?? timeoutMs, transport.fetchImpl ?? defaultFetch(options.onUploadProgress));
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
      const retryable = error.kind === "network" || error.kind === "timeout" || error.kind === "server";
      if (!retryable || attempt >= retries || options.signal?.aborted) throw error;
      await sleep(backoffMs(attempt, retryBaseMs), options.signal);
    }
  }
}

async function sendOnce<T extends z.ZodMiniType>(
  url: string,
  options: RequestOptions<T> & { headers?: Record<string, string> },
  timeoutMs: number,
  fetchImpl: typeof fetch,
): Promise<z.infer<T>> {
  const timeout = AbortSignal.timeout(timeoutMs);
  const signal = options.signal ? AbortSignal.any([options.signal, timeout]) : timeout;
  const headers: Record<string, string> = { Accept: "application/json", "X-Request-ID": crypto.randomUUID(), ...options.headers };
  const multipart = options.body instanceof FormData;
  if (options.body !== undefined && !multipart) headers["Content-Type"] = "application/json";

  let response: Response;
  try {
    response = await fetchImpl(url, {
      method: options.method ?? "GET",
      headers,
      body: options.body === undefined ? undefined : multipart ? (options.body as FormData) : JSON.stringify(options.body),
      signal,
      credentials: "omit",
      cache: "no-store",
      referrerPolicy: "no-referrer",
    });
  } catch {
    if (options.signal?.aborted) throw new ApiError("canceled");
    if (timeout.aborted) throw new ApiError("timeout");
    throw new ApiError("network");
  }

  if (!response.ok) throw errorFromResponse(response.status, await readJson(response));
  const body = options.responseType === "blob" ? await readBlob(response) : await readJson(response);
  const parsed = options.schema.safeParse(body);
  if (!parsed.success) throw new ApiError("malformed", { status: response.status });
  return parsed.data;
}

function defaultFetch(onUploadProgress: RequestOptions<z.ZodMiniType>["onUploadProgress"]): typeof fetch {
  return onUploadProgress && typeof XMLHttpRequest !== "undefined" ? fetchWithUploadProgress(onUploadProgress) : fetch;
}

/**
 * `fetch` with upload progress, for the one client. Streaming a request body with fetch needs HTTP/2 in
 * Chromium and is absent elsewhere, so progress needs XMLHttpRequest; this keeps every other behaviour
 * of `sendOnce` (headers, no credentials, the abort signal, the Response it reads).
 */
function fetchWithUploadProgress(onProgress: (sent: number, total: number) => void): typeof fetch {
  return (input, init = {}) =>
    new Promise<Response>((resolve, reject) => {
      const xhr = new XMLHttpRequest();
      xhr.open(init.method ?? "GET", String(input));
      xhr.responseType = "blob";
      xhr.withCredentials = false;
      for (const [name, value] of Object.entries((init.headers ?? {}) as Record<string, string>)) xhr.setRequestHeader(name, value);
      xhr.upload.onprogress = (event) => onProgress(event.loaded, event.lengthComputable ? event.total : 0);
      xhr.onload = () => {
        const headers = new Headers();
        for (const line of xhr
          .getAllResponseHeaders()
          .trim()
          .split(/[\r\n]+/)) {
          const colon = line.indexOf(":");
          if (colon > 0) headers.append(line.slice(0, colon).trim(), line.slice(colon + 1).trim());
        }
        const empty = xhr.status === 204 || xhr.status === 205 || xhr.status === 304;
        resolve(new Response(empty ? null : (xhr.response as Blob), { status: xhr.status, statusText: xhr.statusText, headers }));
      };
      xhr.onerror = () => reject(new TypeError("Network request failed"));
      xhr.onabort = () => reject(new DOMException("Aborted", "AbortError"));
      init.signal?.addEventListener("abort", () => xhr.abort(), { once: true });
      if (init.signal?.aborted) return xhr.abort();
      xhr.send((init.body ?? null) as XMLHttpRequestBodyInit | null);
    });
}

async function readJson(response: Response): Promise<unknown> {
  const text = await response.text().catch(() => "");
  if (text === "") return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

async function readBlob(response: Response): Promise<Blob> {
  try {
    return await response.blob();
  } catch {
    // The connection broke mid-body: the same as never getting an answer.
    throw new ApiError("network");
  }
}

/** 250 ms doubling, capped at 5 s, ±20 % jitter (the native app's schedule). */
export function backoffMs(attempt: number, baseMs: number): number {
  const delay = Math.min(baseMs * 2 ** attempt, 5_000);
  return delay * (0.8 + Math.random() * 0.4);
}

function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(resolve, ms);
    signal?.addEventListener(
      "abort",
      () => {
        clearTimeout(timer);
        reject(new ApiError("canceled"));
      },
      { once: true },
    );
  });
}

export interface ApiClient {
  request<T extends z.ZodMiniType>(path: string, options: RequestOptions<T> & { account?: ApiAccount }): Promise<z.infer<T>>;
}

/**
 * A client that sends only as `account`: once another account is signed in, its requests fail as
 * unauthorized instead. The outbox sends through one, so a change queued by one user is never sent as
 * another.
 */
export function clientForAccount(api: ApiClient, account: ApiAccount): ApiClient {
  return { request: (path, request) => api.request(path, { ...request, account }) };
}

function isAccount(session: ApiSession, account: ApiAccount | undefined): boolean {
  return !account || (session.server === account.server && session.userId === account.userId);
}

export interface ApiClientOptions extends TransportOptions {
  getSession(): ApiSession | null;
  /** Called once on a 401 with the session that failed; returns the fresh session, or null when the session is over. */
  refreshSession(failed: ApiSession): Promise<ApiSession | null>;
  /** Told of every answer (null: success), so what a server and role allow is learned from the calls the app makes. */
  onAnswer?(session: ApiSession, path: string, error: unknown): void;
}

/** An authenticated client: adds the key and tenant, and on a 401 refreshes once and retries once. */
export function createApiClient(options: ApiClientOptions): ApiClient {
  const send = <T extends z.ZodMiniType>(session: ApiSession, path: string, request: RequestOptions<T>) =>
    sendRequest(
      buildUrl(session.server, path, request.query),
      { ...request, headers: { "X-API-Key": session.accessToken, "X-Tenant-ID": session.tenantId } },
      options,
    );

  const authenticated = async <T extends z.ZodMiniType>(session: ApiSession, path: string, request: RequestOptions<T>) => {
    try {
      return await send(session, path, request);
    } catch (error) {
      if (!(error instanceof ApiError) || error.kind !== "unauthorized") throw error;
      const fresh = await options.refreshSession(session);
      // A refresh yields the same account or none; checked here too, since the retry carries the failed request.
      if (!fresh || fresh.server !== session.server || fresh.userId !== session.userId) throw error;
      return send(fresh, path, request);
    }
  };

  return {
    async request(path, { account = undefined, ...request }) {
      const session = options.getSession();
      if (!session || !isAccount(session, account)) throw new ApiError("unauthorized");
      try {
        const answer = await authenticated(session, path, request);
        options.onAnswer?.(session, path, null);
        return answer;
      } catch (error) {
        options.onAnswer?.(session, path, error);
        throw error;
      }
    },
  };
}
