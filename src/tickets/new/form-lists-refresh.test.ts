// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from "vitest";
import { CACHE_SCHEMA_VERSION } from "../../lib/cache-lifetime";
import { storeSessionFor } from "../../testing/stored-session";
import { isFormListsRefreshDue, lastFormListsRefresh, rememberFormListsRefresh } from "./form-lists-refresh";

const at = (iso: string) => new Date(iso).getTime();
const saved = (iso: string, cache = CACHE_SCHEMA_VERSION) => ({ at: at(iso), cache });

describe("whether the create form's lists are due for a refresh", () => {
  it("is due when they were never loaded on this device", () => {
    expect(isFormListsRefreshDue(null, new Date("2026-12-03T08:00:00"))).toBe(true);
  });

  it("is not due again the same day: a second start, or coming back online, makes no requests", () => {
    expect(isFormListsRefreshDue(saved("2026-12-03T07:30:00"), new Date("2026-12-03T17:45:00"))).toBe(false);
  });

  it("is due on the day's first start, even less than 24 hours after the last refresh", () => {
    expect(isFormListsRefreshDue(saved("2026-12-02T22:00:00"), new Date("2026-12-03T06:30:00"))).toBe(true);
  });

  it("is due when coming back online after more than a day without a network", () => {
    expect(isFormListsRefreshDue(saved("2026-11-30T09:00:00"), new Date("2026-12-03T09:00:00"))).toBe(true);
  });

  it("is due when the saved cache's format changed since (an update wiped the lists)", () => {
    expect(isFormListsRefreshDue(saved("2026-12-03T07:30:00", "0"), new Date("2026-12-03T08:00:00"))).toBe(true);
  });

  it("is due when the last refresh lies in the future (the clock was set back)", () => {
    expect(isFormListsRefreshDue(saved("2026-12-04T07:30:00"), new Date("2026-12-03T08:00:00"))).toBe(true);
  });
});

describe("the remembered refresh", () => {
  const server = "https://a.example";
  beforeEach(async () => {
    localStorage.clear();
    await storeSessionFor(server, "u1");
  });

  it("is remembered per account: another user or server has not refreshed", async () => {
    await rememberFormListsRefresh(server, "u1", at("2026-12-03T07:30:00"));
    expect(lastFormListsRefresh(server, "u1")).toEqual(saved("2026-12-03T07:30:00"));
    expect(lastFormListsRefresh(server, "u2")).toBeNull();
    expect(lastFormListsRefresh("https://b.example", "u1")).toBeNull();
  });

  it("is not written for an account no longer signed in (a refresh that ended after a sign-out)", async () => {
    await rememberFormListsRefresh(server, "u2", at("2026-12-03T07:30:00"));
    expect(localStorage.length).toBe(0);
  });

  it("reads a damaged record as never refreshed, so the lists are loaded again", async () => {
    await rememberFormListsRefresh(server, "u1", at("2026-12-03T07:30:00"));
    for (const key of Object.keys(localStorage)) localStorage.setItem(key, "{not json");
    expect(lastFormListsRefresh(server, "u1")).toBeNull();
  });
});
