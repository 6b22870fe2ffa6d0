type Badging = Partial<Pick<Navigator, "setAppBadge" | "clearAppBadge">>;

/**
 * Puts the number of changes waiting to send on the installed app's icon, and takes it off at 0,
 * where the Badging API exists (installed Chromium apps, iOS 16.4+ home-screen apps). A technician
 * sees from the home screen that something has not reached Alga yet.
 */
export function showUnsentOnBadge(count: number, badging: Badging = navigator): void {
  if (!badging.setAppBadge || !badging.clearAppBadge) return;
  const done = count > 0 ? badging.setAppBadge(count) : badging.clearAppBadge();
  // Refused when the app is not installed or badges are turned off: the pill in the app says it anyway.
  done.catch(() => undefined);
}
