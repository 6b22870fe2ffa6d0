import { userKeys } from "../lib/storage-keys";

/**
 * The user's language and time zone as Alga keeps them (`GET /users/{id}/preferences` → `locale`,
 * `GET /users/{id}` → `timezone`, contract awareness §6), saved on the device so the next start uses them
 * at once, offline too. Either may be missing: a Technician without `user:read` gets 403 for both.
 */
export interface AlgaPreferences {
  locale: string | null;
  timeZone: string | null;
}

export function readAlgaPreferences(): AlgaPreferences | null {
  try {
    const saved = localStorage.getItem(userKeys.algaPreferences);
    return saved ? (JSON.parse(saved) as AlgaPreferences) : null;
  } catch {
    return null;
  }
}

export function saveAlgaPreferences(preferences: AlgaPreferences): void {
  localStorage.setItem(userKeys.algaPreferences, JSON.stringify(preferences));
}
