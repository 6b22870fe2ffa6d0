// @vitest-environment jsdom
import { afterEach, describe, expect, it } from "vitest";
import { activeTimeZone, setUserTimeZone } from "../lib/user-locale";
import { activeLanguage } from "./active-language";
import { readAlgaPreferences, saveAlgaPreferences } from "./alga-preferences";
import { applyAlgaPreferences } from "./language-choice";

afterEach(() => {
  localStorage.clear();
  setUserTimeZone(undefined);
});

/** A device that saved a Warsaw technician's Polish at an earlier sign-in. */
async function savedWarsawInPolish() {
  saveAlgaPreferences({ locale: "pl", timeZone: "Europe/Warsaw" });
  await applyAlgaPreferences({ locale: "pl", timeZone: "Europe/Warsaw" });
  expect(activeLanguage()).toBe("pl");
}

describe("what the server says about the user, applied", () => {
  it("keeps what was saved when the server would not say (403, an older server)", async () => {
    await savedWarsawInPolish();
    await applyAlgaPreferences({ locale: undefined, timeZone: "Asia/Tokyo" });
    expect([activeLanguage(), activeTimeZone()]).toEqual(["pl", "Asia/Tokyo"]);
    expect(readAlgaPreferences()).toEqual({ locale: "pl", timeZone: "Asia/Tokyo" });
  });

  it("forgets what was saved once the server says the user has none", async () => {
    await savedWarsawInPolish();
    await applyAlgaPreferences({ locale: null, timeZone: null });
    // jsdom's browser speaks American English; the device's own zone is then used.
    expect([activeLanguage(), activeTimeZone()]).toEqual(["en", undefined]);
  });
});
