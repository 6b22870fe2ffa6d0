// @vitest-environment jsdom
import { clear } from "idb-keyval";
import { beforeEach, describe, expect, it } from "vitest";
import { ApiError } from "../../api/errors";
import { userKeys } from "../../lib/storage-keys";
import { fakeAlga, me } from "../../testing/fake-alga";
import { server, signIn } from "../../testing/render";
import { startTimer } from "./save-timer";
import { syncStopwatch } from "./stopwatch-timer";
import { workedMs } from "./timer-clock";
import { editTimer, newTimer, paused, readTimer } from "./timer-store";

const key = userKeys.timer(server, me);
const ticket = { ticketId: "t1", ticketNumber: "T-1", ticketTitle: "Printer" };
const MIN = 60_000;

/** A session as the stopwatch answers it, its clock `skewMs` ahead of the device's. */
function session(status: "running" | "paused", segments: [number, number | null][], skewMs = 0, ticketId = "t1") {
  const at = (msAgo: number) => new Date(Date.now() + skewMs - msAgo).toISOString();
  return {
    session_id: "sw-1",
    work_item_id: ticketId,
    work_item_title: "Printer",
    status,
    segments: segments.map(([start, end]) => ({ started_at: at(start), ended_at: end === null ? null : at(end) })),
    active_ms: 0,
    server_now: at(0),
  };
}
const closed = () => new ApiError("conflict", { status: 409, code: "CONFLICT", message: "This stopwatch session is already closed." });
/** The probe's answer on a server with the stopwatch and nothing open (awareness §10.4). */
const probe = { data: null };
const paths = (calls: { method: string; path: string }[]) => calls.map((call) => `${call.method} ${call.path}`);

beforeEach(async () => {
  await clear();
  localStorage.clear();
  await signIn();
});

describe("the timer on a server with the stopwatch", () => {
  it("keeps the old timer on a server whose probe finds no stopwatch", async () => {
    const { api, calls } = fakeAlga(new ApiError("not_found", { status: 404 }), new ApiError("network"), { data: null });
    await startTimer(key, api, ticket, "svc-1");
    expect(paths(calls)).toEqual([
      "GET api/v1/stopwatch/active",
      "POST api/v1/time-entries/start-tracking",
      "GET api/v1/time-entries/active-session",
    ]);
    expect((await readTimer(key))?.stopwatch).toBeUndefined();
  });

  it("starts a stopwatch session, never the old timer, and counts the server's time on its clock", async () => {
    const { api, calls } = fakeAlga(probe, { data: session("running", [[3 * MIN, null]], 10 * MIN) });
    await startTimer(key, api, ticket, "svc-1");
    expect(paths(calls)).toEqual(["GET api/v1/stopwatch/active", "POST api/v1/stopwatch"]);
    expect(calls[1]!.body).toEqual({ work_item_type: "ticket", work_item_id: "t1", service_id: "svc-1" });
    const timer = await readTimer(key);
    expect(timer).toMatchObject({ sessionId: "sw-1", stopwatch: true });
    // The server's clock is 10 minutes ahead; its session has run 3 minutes, and so does the timer shown.
    expect(Math.round(workedMs(timer!.runs, Date.now()) / MIN)).toBe(3);
  });

  it("takes up its own session after a lost answer instead of naming it as another device's", async () => {
    const { api, calls } = fakeAlga(probe, new ApiError("network"), { data: session("running", [[0, null]]) });
    await startTimer(key, api, ticket, "svc-1");
    expect(paths(calls)).toEqual(["GET api/v1/stopwatch/active", "POST api/v1/stopwatch", "GET api/v1/stopwatch/active"]);
    expect(await readTimer(key)).toMatchObject({ sessionId: "sw-1", elsewhere: null });
  });

  it("names a stopwatch open on another ticket, from the refusal's details", async () => {
    const open = session("running", [[60 * MIN, null]], 0, "t9");
    const { api } = fakeAlga(
      probe,
      new ApiError("conflict", { status: 409, code: "CONFLICT", details: { reason: "open_session_exists", open_session: open } }),
    );
    await startTimer(key, api, ticket, "svc-1");
    expect(await readTimer(key)).toMatchObject({ sessionId: null, elsewhere: { sessionId: "sw-1", ticketId: "t9" } });
  });

  it("sends a pause and shows the server's segments", async () => {
    await editTimer(key, () => paused({ ...newTimer(ticket, Date.now() - 5 * MIN), sessionId: "sw-1", stopwatch: true }));
    const { api, calls } = fakeAlga({ data: session("paused", [[8 * MIN, 2 * MIN]]) });
    await syncStopwatch(key, api);
    expect(paths(calls)).toEqual(["POST api/v1/stopwatch/sw-1/pause"]);
    expect(Math.round(workedMs((await readTimer(key))!.runs, Date.now()) / MIN)).toBe(6);
  });

  it("keeps the time on the device when the server closed the stopwatch elsewhere", async () => {
    await editTimer(key, () => paused({ ...newTimer(ticket, Date.now() - 5 * MIN), sessionId: "sw-1", stopwatch: true }));
    const { api } = fakeAlga(closed());
    await syncStopwatch(key, api);
    const timer = await readTimer(key);
    expect(timer).toMatchObject({ sessionId: null, stopwatch: false, closedElsewhere: true });
    expect(Math.round(workedMs(timer!.runs, Date.now()) / MIN)).toBe(5);
  });
});
