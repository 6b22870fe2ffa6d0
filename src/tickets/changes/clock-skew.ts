/** How far before our send a matching record still counts as ours (clock skew between device and server). */
export const CLOCK_SKEW_MS = 5 * 60_000;
