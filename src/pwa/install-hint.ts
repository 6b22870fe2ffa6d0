import { userKeys } from "../lib/storage-keys";

interface Device {
  /** Only WebKit on iPhone and iPad has it: true in a home-screen app, false in the browser. */
  standalone?: boolean;
  maxTouchPoints: number;
}

/**
 * Safari (or another browser) on an iPhone or iPad, not the home-screen app. There, Safari may
 * delete the storage of a site not added to the Home Screen after 7 days without use (WebKit's
 * tracking prevention), offline tickets and unsent changes with it, and iOS offers no install
 * prompt of its own.
 */
export function isIosBrowser(device: Device = navigator as Device): boolean {
  // A Mac's Safari has no touch points; iPadOS Safari says it is a Mac but has them.
  return device.standalone === false && device.maxTouchPoints > 0;
}

/** Whether to explain "Add to Home Screen": in an iOS browser, until dismissed once. */
export function shouldExplainInstall(device: Device = navigator as Device, storage: Pick<Storage, "getItem"> = localStorage): boolean {
  return isIosBrowser(device) && storage.getItem(userKeys.installHintDismissed) === null;
}

export function dismissInstallHint(storage: Pick<Storage, "setItem"> = localStorage): void {
  storage.setItem(userKeys.installHintDismissed, "1");
}
