/** A technician's week, plus the weekend: how long data saved on the device is kept. Query gcTime must be at least this. */
export const CACHE_MAX_AGE_MS = 9 * 24 * 60 * 60_000;

/**
 * Bump only when the shape of cached data changes. Never the build hash: every deploy would wipe
 * what a technician needs offline.
 */
export const CACHE_SCHEMA_VERSION = "1";
