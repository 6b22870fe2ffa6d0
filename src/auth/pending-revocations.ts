import { get, set } from "idb-keyval";
import { revokeRefreshToken } from "../api/auth";
import { ApiError } from "../api/errors";
import { deviceKeys } from "../lib/storage-keys";

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

/** Revokes now if possible; otherwise remembers the token for later. */
export async function revokeOrRemember(server: string, refreshToken: string): Promise<void> {
  if (!(await tryRevoke({ server, refreshToken }))) {
    const pending = (await get<PendingRevocation[]>(PENDING_REVOCATIONS_KEY)) ?? [];
    await set(PENDING_REVOCATIONS_KEY, [...pending, { server, refreshToken }]);
  }
}

export async function retryPendingRevocations(): Promise<void> {
  const pending = (await get<PendingRevocation[]>(PENDING_REVOCATIONS_KEY)) ?? [];
  if (pending.length === 0) return;
  const results = await Promise.all(pending.map(tryRevoke));
  await set(
    PENDING_REVOCATIONS_KEY,
    pending.filter((_, index) => !results[index]),
  );
}

/** True once the server has answered for good: revoked, or a token it no longer knows (both end it). */
async function tryRevoke({ server, refreshToken }: PendingRevocation): Promise<boolean> {
  try {
    await revokeRefreshToken(server, refreshToken);
    return true;
  } catch (error) {
    return error instanceof ApiError && !error.isTransient;
  }
}
