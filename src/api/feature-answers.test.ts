import { describe, expect, it } from "vitest";
import { ApiError } from "./errors";
import { featureAnswer } from "./feature-answers";

const missingRoute = new ApiError("not_found", { status: 404 });
const forbidden = new ApiError("forbidden", { status: 403, code: "FORBIDDEN" });
const notFoundJson = new ApiError("not_found", { status: 404, code: "NOT_FOUND" });
const schedule = "api/v1/tickets/t1/comments/00000000-0000-0000-0000-000000000000/schedule";

describe("what an answer says about a feature", () => {
  it("reads a 404 page without JSON as a server without the route", () => {
    expect(featureAnswer("api/v1/activities", missingRoute)).toEqual({ feature: "activities", state: { on: false, why: "olderServer" } });
    expect(featureAnswer(schedule, missingRoute)).toEqual({ feature: "scheduledComments", state: { on: false, why: "olderServer" } });
  });

  it("reads a 403 as a role without the permission", () => {
    expect(featureAnswer("api/v1/clients/c1/locations", forbidden)).toEqual({
      feature: "clientDetails",
      state: { on: false, why: "permission" },
    });
    expect(featureAnswer("api/v1/users/u1/preferences", forbidden)?.feature).toBe("userPreferences");
  });

  it("takes the cancel route's JSON refusal as proof that the server schedules (the probe)", () => {
    expect(featureAnswer(schedule, notFoundJson)).toEqual({ feature: "scheduledComments", state: { on: true } });
  });

  it("reads the stopwatch probe: 404 page off, JSON on, even a closed session's 409", () => {
    expect(featureAnswer("api/v1/stopwatch/active", missingRoute)).toEqual({
      feature: "stopwatch",
      state: { on: false, why: "olderServer" },
    });
    expect(featureAnswer("api/v1/stopwatch/active", null)).toEqual({ feature: "stopwatch", state: { on: true } });
    const closed = new ApiError("conflict", { status: 409, code: "CONFLICT" });
    expect(featureAnswer("api/v1/stopwatch/s1/pause", closed)).toEqual({ feature: "stopwatch", state: { on: true } });
  });

  it("takes a thumbnail's 404 JSON (no such variant) as a server with thumbnails, its 404 page as one without", () => {
    const thumbnail = "api/v1/tickets/t1/documents/d1/thumbnail";
    expect(featureAnswer(thumbnail, notFoundJson)).toEqual({ feature: "thumbnails", state: { on: true } });
    expect(featureAnswer(thumbnail, null)).toEqual({ feature: "thumbnails", state: { on: true } });
    expect(featureAnswer("api/v1/tickets/t1/documents/d1/preview", missingRoute)).toEqual({
      feature: "thumbnails",
      state: { on: false, why: "olderServer" },
    });
    expect(featureAnswer("api/v1/tickets/t1/documents/d1", missingRoute)).toBeNull();
  });

  it("learns nothing from a 404 about one record, a network failure or another route", () => {
    expect(featureAnswer("api/v1/tickets/t1/agents", notFoundJson)).toBeNull();
    expect(featureAnswer("api/v1/interactions", new ApiError("network"))).toBeNull();
    expect(featureAnswer("api/v1/tickets/t1", forbidden)).toBeNull();
  });

  it("takes a success as on", () => {
    expect(featureAnswer("api/v1/interaction-types", null)).toEqual({ feature: "interactions", state: { on: true } });
    expect(featureAnswer("api/v1/tickets/t1/agents/u2", null)?.feature).toBe("additionalAgents");
  });
});
