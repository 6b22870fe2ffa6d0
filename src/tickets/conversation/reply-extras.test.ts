import { afterEach, describe, expect, it } from "vitest";
import { setUserTimeZone } from "../../lib/user-locale";
import { checkReplyExtras, NO_EXTRAS } from "./reply-extras";

const now = Date.parse("2026-12-07T10:00:00Z");
afterEach(() => setUserTimeZone(null));

describe("Cc/Bcc and send-later of a public reply", () => {
  it("takes comma or space separated addresses", () => {
    expect(checkReplyExtras({ ...NO_EXTRAS, cc: "a@example.com, b@example.com", bcc: " c@example.com " }, now)).toEqual({
      fields: { cc: ["a@example.com", "b@example.com"], bcc: ["c@example.com"] },
    });
  });

  it("names the first address that is not one", () => {
    expect(checkReplyExtras({ ...NO_EXTRAS, cc: "a@example.com, bob" }, now)).toEqual({ problem: "“bob” is not an e-mail address." });
  });

  it("reads the time in the user's Alga time zone and sends that zone", () => {
    setUserTimeZone("America/New_York");
    expect(checkReplyExtras({ ...NO_EXTRAS, later: "2026-12-07T09:30" }, now)).toEqual({
      fields: { schedule: { at: "2026-12-07T14:30:00.000Z", timeZone: "America/New_York" } },
    });
  });

  it("refuses a time that has passed, with a clear message", () => {
    setUserTimeZone("UTC");
    expect(checkReplyExtras({ ...NO_EXTRAS, later: "2026-12-07T09:59" }, now)).toEqual({
      problem: "That time has already passed. Pick a later one.",
    });
  });
});
