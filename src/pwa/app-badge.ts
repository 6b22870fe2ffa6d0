type Badging = Partial<Pick<Navigator, "setAppBadge" | "clearAppBadge">>;

/**
 * Puts a number on the installed app's icon (tickets with something unseen plus changes waiting to send), and
 * takes it off at 0, where the Badging API exists (installed Chromium apps, iOS 16.4+ home-screen apps). A
 * technician sees from the home screen that something needs them or has not reached Alga yet.
 */
export function showCountOnBadge(count: number, badging: Badging = navigator): void {
  if (!badging.setAppBadge || !badging.clearAppBadge) return;
  const done = count > 0 ? badging.setAppBadge(count) : badging.clearAppBadge();
  // Refused when the app is not installed or badges are turned off: the pill in the app says it anyway.
  done.catch(() => undefined);
}
