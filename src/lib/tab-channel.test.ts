import { describe, expect, it } from "vitest";
import { createTabChannel } from "./tab-channel";

// Node has BroadcastChannel: two channels of one name stand for two tabs.
describe("tab channel", () => {
  it("carries a message to the other tabs until they stop listening", async () => {
    const here = createTabChannel<string>("alga.test");
    const there = createTabChannel<string>("alga.test");
    const heard: string[] = [];
    const first = new Promise<void>((resolve) => {
      const stop = there.listen((message) => {
        heard.push(message);
        stop();
        resolve();
      });
    });
    here.post("look again");
    await first;
    const later = new Promise<string>((resolve) => there.listen(resolve));
    here.post("second");
    expect(await later).toBe("second");
    expect(heard).toEqual(["look again"]);
  });
});
