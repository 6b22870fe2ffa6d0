import { withWebLock } from "../lib/web-lock";
import { readStoredSession } from "./session-store";

/**
 * User data is written only while its account is the one signed in on this device. A tab that has not
 * yet heard of a sign-out (or a sign-in as someone else) in another tab must not write the previous
 * user's tickets, drafts or queue back after the wipe. Writers hold the lock shared; the
 * sign-out wipe holds it exclusively, so a check and its write can never straddle a wipe.
 */
const ACCOUNT_LOCK = "alga.account";

/** Whether a per-account key (`alga.<kind>:<server>:<userId>[:<more>]`) belongs to this account. */
export function keyBelongsTo(key: string, server: string, userId: string): boolean {
  return keyInScope(key, `${server}:${userId}`);
}

/** The same, for an account as keys name it: `<server>:<userId>`. */
export function keyInScope(key: string, scope: string): boolean {
  const rest = key.slice(key.indexOf(":") + 1);
  return rest === scope || rest.startsWith(`${scope}:`);
}

/** Runs `write` if the stored session is the account `key` belongs to; true when it ran. */
export function writeIfSignedIn(key: string, write: () => Promise<unknown>): Promise<boolean> {
  return withWebLock(
    ACCOUNT_LOCK,
    async () => {
      const stored = await readStoredSession();
      if (!stored || !keyBelongsTo(key, stored.server, stored.user.id)) return false;
      await write();
      return true;
    },
    "shared",
  );
}

/** Runs the sign-out wipe with no account write in progress anywhere. */
export function wipeExclusively(wipe: () => Promise<void>): Promise<void> {
  return withWebLock(ACCOUNT_LOCK, wipe);
}
