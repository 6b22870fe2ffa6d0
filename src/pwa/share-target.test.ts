// @vitest-environment node
// The service worker's Request, FormData and File are the platform's own, not jsdom's.
import { beforeEach, describe, expect, it, vi } from "vitest";

const stored: File[][] = [];
vi.mock("../lib/shared-files", () => ({ addSharedFiles: (files: File[]) => void stored.push(files) }));
const { receiveShare } = await import("./share-target");

const APP = "https://tickets.example.com";

function share(files: File[], referrer?: string): Request {
  const form = new FormData();
  for (const file of files) form.append("files", file);
  return new Request(`${APP}/share`, { method: "POST", body: form, referrer });
}

const photo = () => new File(["jpeg"], "rack.jpg", { type: "image/jpeg" });

describe("the share target", () => {
  beforeEach(() => void stored.splice(0));

  it("keeps a share that comes from another app (no referring page) and goes on to the share screen", async () => {
    const response = await receiveShare(share([photo()]), APP);
    expect(response.status).toBe(303);
    expect(new URL(response.headers.get("location")!, APP).pathname).toBe("/share");
    expect(stored.flat().map((file) => file.name)).toEqual(["rack.jpg"]);
  });

  it("stores nothing that a web page of another origin posted", async () => {
    await receiveShare(share([photo()], "https://evil.example/share.html"), APP);
    expect(stored.flat()).toEqual([]);
  });

  it("keeps only the types the manifest offers: plain text and CSV, not HTML or programs", async () => {
    const files = [
      new File(["a,b"], "export.csv", { type: "text/csv" }),
      new File(["log"], "event.log", { type: "text/plain" }),
      new File(["<script>"], "invoice.html", { type: "text/html" }),
      new File(["<script>"], "invoice.pdf", { type: "text/html" }),
      new File(["MZ"], "setup.exe", { type: "application/x-msdownload" }),
      new File(["PK"], "logs.zip", { type: "application/zip" }),
      new File(["%PDF"], "quote.pdf", { type: "application/pdf" }),
    ];
    await receiveShare(share(files), APP);
    expect(stored.flat().map((file) => file.name)).toEqual(["export.csv", "event.log", "logs.zip", "quote.pdf"]);
  });
});
