// @vitest-environment jsdom
import { clear } from "idb-keyval";
import { beforeEach, describe, expect, it } from "vitest";
import type { ApiClient } from "../../api/client";
import { ApiError } from "../../api/errors";
import { apiSessionOf, currentSession, restoreSession } from "../../auth/session";
import { storeSessionFor } from "../../testing/stored-session";
import { knownFeature, learnFromAnswer } from "../server-features";
import { variantBlob } from "./document-variants";
import { clearViewed } from "./viewed-documents";

const server = "https://psa.example.com";
const account = [server, "user-1"] as const;
const documents = ["doc-1", "doc-2", "doc-3"];

beforeEach(async () => {
  await clear();
  localStorage.clear();
  await storeSessionFor(server, "user-1");
  await restoreSession();
  await clearViewed(account);
});

/** A server behind the API client: it answers every variant with `answer`, and the app learns from each answer. */
function serverAnswering(answer: () => Blob | ApiError) {
  const asked: string[] = [];
  const api: ApiClient = {
    async request(path) {
      asked.push(path);
      const session = apiSessionOf(currentSession()!);
      // Answered one turn later, as a network would: the other rows ask meanwhile.
      await new Promise((resolve) => setTimeout(resolve, 1));
      const given = answer();
      learnFromAnswer(session, path, given instanceof ApiError ? given : null);
      if (given instanceof ApiError) throw given;
      return given as never;
    },
  };
  return { api, asked };
}

const all = (api: ApiClient) => Promise.allSettled(documents.map((id) => variantBlob(api, account, "ticket-1", id, "thumbnail")));

describe("thumbnails of a ticket's documents", () => {
  it("on an older server, asks once: after its 404 page no other document is asked, now or later", async () => {
    const older = serverAnswering(() => new ApiError("not_found", { status: 404 }));
    const results = await all(older.api);
    expect(older.asked).toHaveLength(1);
    expect(results.filter((result) => result.status === "fulfilled").map((result) => result.value)).toEqual([null, null]);
    expect(knownFeature("thumbnails")).toEqual({ on: false, why: "olderServer" });
    await all(older.api);
    expect(older.asked).toHaveLength(1);
  });

  it("on a newer server, fetches each thumbnail once and keeps it for offline", async () => {
    const newer = serverAnswering(() => new Blob(["jpeg"], { type: "image/jpeg" }));
    const first = await all(newer.api);
    expect(first.map((result) => result.status === "fulfilled" && result.value?.type)).toEqual(["image/jpeg", "image/jpeg", "image/jpeg"]);
    expect(newer.asked).toEqual(documents.map((id) => `api/v1/tickets/ticket-1/documents/${id}/thumbnail`));
    expect(knownFeature("thumbnails")).toEqual({ on: true });

    const offline = serverAnswering(() => new ApiError("network"));
    const again = await all(offline.api);
    expect(offline.asked).toEqual([]);
    expect(again.every((result) => result.status === "fulfilled" && result.value !== null)).toBe(true);
  });

  it("takes a document without a thumbnail (404 JSON) as one to show an icon for, on a server that has them", async () => {
    const missing = serverAnswering(() => new ApiError("not_found", { status: 404, code: "NOT_FOUND" }));
    const results = await all(missing.api);
    expect(results.map((result) => result.status === "fulfilled" && result.value)).toEqual([null, null, null]);
    expect(knownFeature("thumbnails")).toEqual({ on: true });
  });
});
