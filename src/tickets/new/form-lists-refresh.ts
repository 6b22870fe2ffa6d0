import { writeIfSignedIn } from "../../auth/account-writes";
import { userKeys } from "../../lib/storage-keys";
import { CACHE_SCHEMA_VERSION } from "../../lib/cache-lifetime";

/** When the create form's lists were last loaded onto the device, and into which format of the saved cache. */
export interface FormListsRefresh {
  at: number;
  cache: string;
}

/**
 * Once a day: on the day's first start, or on coming back online after a day or more without a network.
 * A cache saved in another format was dropped at start (its version is the restore's buster), lists included.
 */
export function isFormListsRefreshDue(last: FormListsRefresh | null, now: Date): boolean {
  if (!last || last.cache !== CACHE_SCHEMA_VERSION || last.at > now.getTime()) return true;
  const startOfToday = new Date(now.getFullYear(), now.getMonth(), now.getDate()).getTime();
  return last.at < startOfToday;
}

export function lastFormListsRefresh(server: string, userId: string): FormListsRefresh | null {
  try {
    const stored = JSON.parse(
      localStorage.getItem(userKeys.formListsRefresh(server, userId)) ?? "null",
    ) as Partial<FormListsRefresh> | null;
    return typeof stored?.at === "number" && typeof stored.cache === "string" ? { at: stored.at, cache: stored.cache } : null;
  } catch {
    return null;
  }
}

/** Only while the account is signed in: a run that ends after a sign-out must leave nothing of it behind. */
export function rememberFormListsRefresh(server: string, userId: string, at: number): Promise<boolean> {
  const key = userKeys.formListsRefresh(server, userId);
  const refresh: FormListsRefresh = { at, cache: CACHE_SCHEMA_VERSION };
  return writeIfSignedIn(key, async () => localStorage.setItem(key, JSON.stringify(refresh)));
}
