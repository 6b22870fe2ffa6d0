import { describe, expect, it } from "vitest";
import type { ApiClient } from "./client";
import { ApiError } from "./errors";
import { fetchLocaleAndTimeZone } from "./users";

/** A server answering the user record and preferences routes with `answers` (an ApiError is thrown). */
function fakeApi(answers: Record<"user" | "preferences", unknown>): ApiClient {
  return {
    async request(path) {
      const answer = path.endsWith("/preferences") ? answers.preferences : answers.user;
      if (answer instanceof ApiError) throw answer;
      return answer as never;
    },
  };
}

const refused = new ApiError("forbidden", { status: 403, code: "FORBIDDEN", message: "Permission denied: Cannot read user" });
const missing = new ApiError("not_found", { status: 404 });

describe("the user's language and time zone from Alga (awareness §6)", () => {
  it("reads the preference's locale and the record's time zone", async () => {
    const api = fakeApi({ user: { data: { timezone: "Europe/Warsaw" } }, preferences: { data: { locale: "pl", theme: "dark" } } });
    expect(await fetchLocaleAndTimeZone(api, "u1")).toEqual({ locale: "pl", timeZone: "Europe/Warsaw" });
  });

  it("tells a server that has none (null) from one that would not say (undefined)", async () => {
    expect(await fetchLocaleAndTimeZone(fakeApi({ user: { data: { timezone: null } }, preferences: { data: {} } }), "u1")).toEqual({
      locale: null,
      timeZone: null,
    });
    expect(await fetchLocaleAndTimeZone(fakeApi({ user: refused, preferences: refused }), "u1")).toEqual({
      locale: undefined,
      timeZone: undefined,
    });
    expect(await fetchLocaleAndTimeZone(fakeApi({ user: { data: { timezone: "Asia/Tokyo" } }, preferences: missing }), "u1")).toEqual({
      locale: undefined,
      timeZone: "Asia/Tokyo",
    });
  });
});
