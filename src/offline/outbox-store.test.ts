import { clear, get, keys, set } from "idb-keyval";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { storeSessionFor } from "../testing/stored-session";
import { editQueue, outboxKey, readQueue } from "./outbox-store";
import type { OutboxChange, QueuedChange } from "./outbox-types";

const key = outboxKey("https://psa.example.com", "user-1");

function change(id: string, text = `note ${id}`): QueuedChange<OutboxChange & { text: string; isInternal: boolean }> {
  return {
    id,
    change: { kind: "comment", ticketId: "t1", text, isInternal: true },
    createdAt: 1,
    baseUpdatedAt: null,
    state: "pending",
    attempts: 0,
    nextAttemptAt: 0,
    sentAt: null,
    error: null,
    force: false,
  };
}

/** The same module loaded again: another tab, with its own copy of the queue, on the same database. */
async function otherTab() {
  vi.resetModules();
  return import("./outbox-store");
}

describe("outbox store", () => {
  beforeEach(async () => {
    await clear();
    await storeSessionFor("https://psa.example.com", "user-1");
  });

  it("keeps the order of changes through adds, edits and removals", async () => {
    await editQueue(key, (queue) => [...queue, change("a"), change("b"), change("c")]);
    await editQueue(key, (queue) => queue.map((item) => (item.id === "b" ? { ...item, state: "failed", error: "Refused" } : item)));
    await editQueue(key, (queue) => queue.filter((item) => item.id !== "a"));
    await editQueue(key, (queue) => [...queue, change("d")]);

    const stored = await (await otherTab()).readQueue(key);
    expect(stored.map((item) => [item.id, item.state])).toEqual([
      ["b", "failed"],
      ["c", "pending"],
      ["d", "pending"],
    ]);
  });

  it("sees what another tab queued before its own next edit", async () => {
    await editQueue(key, (queue) => [...queue, change("mine")]);
    const tab = await otherTab();
    await tab.editQueue(key, (queue) => [...queue, change("theirs")]);

    expect((await readQueue(key)).map((item) => item.id)).toEqual(["mine", "theirs"]);
    await editQueue(key, (queue) => [...queue, change("mine again")]);
    expect((await tab.readQueue(key)).map((item) => item.id)).toEqual(["mine", "theirs", "mine again"]);
  });

  it("reads a queue saved by the previous version as one array, and nothing is lost on the next edit", async () => {
    await set(key, [change("old-1"), change("old-2")]);
    expect((await readQueue(key)).map((item) => item.id)).toEqual(["old-1", "old-2"]);

    await editQueue(key, (queue) => [...queue, change("new")]);
    const stored = await (await otherTab()).readQueue(key);
    expect(stored.map((item) => item.change)).toEqual([change("old-1").change, change("old-2").change, change("new").change]);
  });

  it("leaves nothing behind once every change is sent", async () => {
    await editQueue(key, (queue) => [...queue, change("a"), change("b")]);
    await editQueue(key, () => []);
    expect(await keys()).toEqual(["alga.session"]);
    expect(await get(key)).toBeUndefined();
  });

  it("is empty after the whole store is wiped (sign-out), even in a tab that had it in memory", async () => {
    await editQueue(key, (queue) => [...queue, change("a")]);
    await clear();
    expect(await readQueue(key)).toEqual([]);
    await storeSessionFor("https://psa.example.com", "user-1");
    await editQueue(key, (queue) => [...queue, change("b")]);
    expect((await readQueue(key)).map((item) => item.id)).toEqual(["b"]);
  });

  it("writes nothing back once its user is signed out, in a tab that has not heard of it yet", async () => {
    await editQueue(key, (queue) => [...queue, change("a")]);
    await clear();
    await editQueue(key, (queue) => [...queue, change("b")]);
    expect(await keys()).toEqual([]);
  });
});
