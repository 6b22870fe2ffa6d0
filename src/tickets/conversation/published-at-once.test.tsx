import { renderHook, waitFor } from "@testing-library/react";
import { clear } from "idb-keyval";
import { beforeEach, describe, expect, it } from "vitest";
import { restoreSession } from "../../auth/session";
import { fakeAlga, me, ticketId } from "../../testing/fake-alga";
import { server } from "../../testing/render";
import { storeSessionFor } from "../../testing/stored-session";
import { queuedChange } from "../changes/queued-change-for-tests";
import { sendChange } from "../changes/send-change";
import { usePublishedAtOnce } from "../published-at-once";
import { useServerFeatures } from "../server-features";

beforeEach(async () => {
  await clear();
  localStorage.clear();
  await storeSessionFor(server, me);
  await restoreSession();
});

const later = {
  kind: "comment",
  ticketId,
  text: "Monday",
  isInternal: false,
  schedule: { at: "2099-01-01T09:00:00.000Z", timeZone: "UTC" },
} as const;

describe("a reply meant for later", () => {
  it("is marked when the server published it at once, and the server is known not to schedule", async () => {
    const alga = fakeAlga();
    expect(await sendChange(alga.api, queuedChange(later), me, {})).toBe("sent");
    const { result } = renderHook(() => ({ atOnce: usePublishedAtOnce(), features: useServerFeatures() }));
    await waitFor(() => expect([...result.current.atOnce]).toEqual([alga.state.comments[0]!.comment_id]));
    expect(result.current.features.scheduledComments).toEqual({ on: false, why: "olderServer" });
  });

  it("is not marked when the server holds it for later", async () => {
    const alga = fakeAlga();
    alga.state.newerServer = true;
    await sendChange(alga.api, queuedChange(later), me, {});
    expect(alga.state.comments[0]!.publish_state).toBe("scheduled");
    const { result } = renderHook(() => usePublishedAtOnce());
    expect(result.current.size).toBe(0);
  });
});
