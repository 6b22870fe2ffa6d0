import { screen, waitFor } from "@testing-library/react";
import { clear } from "idb-keyval";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { ApiClient } from "../../api/client";
import { ApiError } from "../../api/errors";
import type { TicketDocument } from "../../api/schemas/documents";
import { apiSessionOf, currentSession } from "../../auth/session";
import { me } from "../../testing/fake-alga";
import { renderSignedIn, server, signIn } from "../../testing/render";
import { learnFromAnswer } from "../server-features";
import { DocumentRow } from "./DocumentRow";
import { clearViewed, keepViewed } from "./viewed-documents";

const photo: TicketDocument = {
  document_id: "doc-1",
  document_name: "rack.jpg",
  mime_type: "image/jpeg",
  file_size: 4,
  file_id: "file-1",
  created_by: me,
  updated_at: "2026-11-28T10:00:00.000Z",
};
const thumbnailPath = "api/v1/tickets/ticket-1/documents/doc-1/thumbnail";
const downloadPath = "api/v1/tickets/ticket-1/documents/doc-1";

// jsdom has no blob URLs: numbered stand-ins, and a record of those let go.
const created: string[] = [];
const revoked: string[] = [];
const { createObjectURL, revokeObjectURL } = URL;
beforeAll(() => {
  URL.createObjectURL = (blob: Blob) => `blob:${created.push(blob.type)}`;
  URL.revokeObjectURL = (url: string) => void revoked.push(url);
});
afterAll(() => Object.assign(URL, { createObjectURL, revokeObjectURL }));

beforeEach(async () => {
  await clear();
  localStorage.clear();
  created.length = 0;
  revoked.length = 0;
  await signIn();
  await clearViewed([server, me]);
});

/** A server behind the API client: `answers` by path; the app learns from each answer, as its real client does. */
function serverAnswering(answers: Record<string, () => Blob | ApiError>) {
  const asked: string[] = [];
  const api: ApiClient = {
    async request(path) {
      asked.push(path);
      const given = answers[path]?.() ?? new ApiError("network");
      learnFromAnswer(apiSessionOf(currentSession()!), path, given instanceof ApiError ? given : null);
      if (given instanceof ApiError) throw given;
      return given as never;
    },
  };
  return { api, asked };
}

const jpeg = () => new Blob(["jpeg"], { type: "image/jpeg" });
const picture = (container: HTMLElement) => container.querySelector("img");

describe("a photo's row", () => {
  it("shows the server's thumbnail, never downloads the photo for it, and lets the URL go when it goes", async () => {
    const newer = serverAnswering({ [thumbnailPath]: jpeg });
    const { container, unmount } = renderSignedIn(<DocumentRow ticketId="ticket-1" document={photo} onOpen={() => {}} />, newer.api);
    await waitFor(() => expect(picture(container)?.getAttribute("src")).toBe("blob:1"));
    expect(newer.asked).toEqual([thumbnailPath]);
    unmount();
    expect(revoked).toEqual(["blob:1"]);
  });

  it("shows the type's icon, and no error, when the server has no thumbnail of it", async () => {
    const newer = serverAnswering({ [thumbnailPath]: () => new ApiError("not_found", { status: 404, code: "NOT_FOUND" }) });
    const { container } = renderSignedIn(<DocumentRow ticketId="ticket-1" document={photo} onOpen={() => {}} />, newer.api);
    await waitFor(() => expect(newer.asked).toEqual([thumbnailPath]));
    expect(screen.getByText("JPG")).toBeTruthy();
    expect(picture(container)).toBeNull();
    expect(screen.queryByRole("alert")).toBeNull();
  });

  it("on an older server shows the photo itself, as before thumbnails", async () => {
    const older = serverAnswering({ [thumbnailPath]: () => new ApiError("not_found", { status: 404 }), [downloadPath]: jpeg });
    const { container } = renderSignedIn(<DocumentRow ticketId="ticket-1" document={photo} onOpen={() => {}} />, older.api);
    await waitFor(() => expect(picture(container)).not.toBeNull());
    expect(older.asked).toEqual([thumbnailPath, downloadPath]);
  });

  it("offline before the server was ever asked, shows the photo kept on the device", async () => {
    await keepViewed([server, me], photo.document_id, jpeg());
    const offline = serverAnswering({});
    const { container } = renderSignedIn(<DocumentRow ticketId="ticket-1" document={photo} onOpen={() => {}} />, offline.api);
    await waitFor(() => expect(picture(container)).not.toBeNull());
    expect(offline.asked).toEqual([thumbnailPath]);
  });
});
