import { describe, expect, it } from "vitest";
import type { StopwatchSession } from "../../api/schemas/stopwatch";
import { adoptSession, runsFromSession } from "./stopwatch-runs";
import { workedMs } from "./timer-clock";

const MIN = 60_000;
// The server's clock is 5 minutes ahead of the device's.
const serverAt = (minute: number) => new Date(Date.UTC(2026, 10, 3, 9, minute) + 5 * MIN).toISOString();
const deviceAt = (minute: number) => Date.UTC(2026, 10, 3, 9, minute);

const session = (status: StopwatchSession["status"], segments: [number, number | null][], now: number): StopwatchSession => ({
  session_id: "s1",
  work_item_id: "t1",
  status,
  segments: segments.map(([start, end]) => ({ started_at: serverAt(start), ended_at: end === null ? null : serverAt(end) })),
  active_ms: 0,
  server_now: serverAt(now),
});

describe("the server's stopwatch on the device", () => {
  it("counts the server's active time, its pauses left out, whatever the device's clock says", () => {
    const runs = runsFromSession(
      session(
        "running",
        [
          [0, 20],
          [40, null],
        ],
        50,
      ),
      deviceAt(50),
    );
    expect(workedMs(runs, deviceAt(50))).toBe(30 * MIN);
    expect(workedMs(runs, deviceAt(51))).toBe(31 * MIN);
  });

  it("keeps the device's runs when a tap changed them while the answer was on its way", () => {
    const device = [{ start: deviceAt(0), end: deviceAt(10) }];
    expect(adoptSession(device, session("running", [[0, null]], 10), deviceAt(10))).toBe(device);
    expect(adoptSession(device, session("paused", [[0, 10]], 11), deviceAt(11))).toEqual([{ start: deviceAt(0), end: deviceAt(10) }]);
  });
});
