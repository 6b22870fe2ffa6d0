import { get, set } from "idb-keyval";
import { revokeRefreshToken } from "../api/auth";
import { ApiError } from "../api/errors";
import { deviceKeys } from "../lib/storage-keys";
import { withWebLock } from "../lib/web-lock";

/**
 * Refresh tokens of sessions signed out while offline: the server still honours them until they are
 * revoked, so the app keeps trying — on every start and whenever the network comes back — and forgets
 * each one as soon as the server has it. Kept across sign-out on purpose; it holds nothing else.
 */
const PENDING_REVOCATIONS_KEY = deviceKeys.pendingRevocations;

interface PendingRevocation {
  server: string;
  refreshToken: string;
}

/** Every change to the list is a read-modify-write under this lock, so two tabs never drop each other's entries. */
function editPending(edit: (pending: PendingRevocation[]) => PendingRevocation[]): Promise<void> {
  return withWebLock("alga.revocations", async () => {
    await set(PENDING_REVOCATIONS_KEY, edit((await get<PendingRevocation[]>(PENDING_REVOCATIONS_KEY)) ?? []));
  });
}

/** Revokes now if possible; otherwise remembers the token for later. */
export async function revokeOrRemember(server: string, refreshToken: string): Promise<void> {
  if (!(await tryRevoke({ server, refreshToken }))) await editPending((pending) => [...pending, { server, refreshToken }]);
}

export async function retryPendingRevocations(): Promise<void> {
  const pending = (await get<PendingRevocation[]>(PENDING_REVOCATIONS_KEY)) ?? [];
  if (pending.length === 0) return;
  const results = await Promise.all(pending.map(tryRevoke));
  const revoked = new Set(pending.filter((_, index) => results[index]).map((entry) => entry.refreshToken));
  if (revoked.size > 0) await editPending((current) => current.filter((entry) => !revoked.has(entry.refreshToken)));
}

/**
 * True only when the Alga server itself confirmed: its `{ ok: true }`, or its own error envelope
 * refusing the request for good (400: the server answers that only for an empty token). A captive
 * portal's page, a proxy's 404 or a WAF challenge is no answer from Alga: the token is kept and tried again.
 */
async function tryRevoke({ server, refreshToken }: PendingRevocation): Promise<boolean> {
  try {
    await revokeRefreshToken(server, refreshToken);
    return true;
  } catch (error) {
    return error instanceof ApiError && error.kind === "validation" && error.code !== null;
  }
}
