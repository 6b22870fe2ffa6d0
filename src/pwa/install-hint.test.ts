import { describe, expect, it } from "vitest";
import { dismissInstallHint, shouldExplainInstall } from "./install-hint";

function memoryStorage() {
  const values = new Map<string, string>();
  return { getItem: (key: string) => values.get(key) ?? null, setItem: (key: string, value: string) => void values.set(key, value) };
}

const iPhoneSafari = { standalone: false, maxTouchPoints: 5 };

describe("shouldExplainInstall", () => {
  it("explains Add to Home Screen in Safari on iPhone and iPad, until dismissed once", () => {
    const storage = memoryStorage();
    expect(shouldExplainInstall(iPhoneSafari, storage)).toBe(true);
    dismissInstallHint(storage);
    expect(shouldExplainInstall(iPhoneSafari, storage)).toBe(false);
  });

  it("stays quiet in the home-screen app, on a Mac, and where the browser has no standalone flag (Android, desktop)", () => {
    const storage = memoryStorage();
    expect(shouldExplainInstall({ standalone: true, maxTouchPoints: 5 }, storage)).toBe(false);
    expect(shouldExplainInstall({ standalone: false, maxTouchPoints: 0 }, storage)).toBe(false);
    expect(shouldExplainInstall({ maxTouchPoints: 5 }, storage)).toBe(false);
  });
});
