/**
 * Ten 4 MB camera photos attached offline on the ticket screen, then sent when the network is back, against
 * the sandbox in Chromium: the time to prepare and queue them (decode, turn, scale, re-encode, store), the
 * time until all are on the server, the peak JS heap over the whole run (CDP Performance.getMetrics every
 * 100 ms), and the bytes uploaded against the originals. A benchmark, not a test: it prints figures.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { exifPhoto } from "../e2e/exif-photo";
import { recordFigures } from "./figures";
import { accessToken, signedInPhone, withSandboxAndBrowser } from "./phone";

const COUNT = 10;
// Files on disk, as a picker hands them over: ten 4 MB buffers are too much for the driver's protocol.
const photoDir = mkdtempSync(path.join(tmpdir(), "alga-bench-photos-"));

try {
  await withSandboxAndBrowser({}, async (sandbox, browser) => {
    const { context, page } = await signedInPhone(browser, sandbox.url);
    await page.locator(".virtual-list__item a").first().click();
    const ticketId = new URL(page.url()).pathname.split("/").pop()!;
    await page.getByRole("tab", { name: /^Documents/ }).click();

    // A 3264×2448 (8 MP) photo with EXIF orientation and GPS, as a phone writes one: about 4 MB.
    const photo = await exifPhoto(page, { width: 3264, height: 2448 });

    const cdp = await context.newCDPSession(page);
    await cdp.send("Performance.enable");
    const heap = async () =>
      (await cdp.send("Performance.getMetrics")).metrics.find((metric) => metric.name === "JSHeapUsedSize")?.value ?? 0;
    const heapBefore = await heap();
    let peakHeap = heapBefore;
    let sampling = true;
    const sampler = (async () => {
      while (sampling) {
        peakHeap = Math.max(peakHeap, await heap().catch(() => 0));
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    })();

    await context.setOffline(true);
    const stamp = Date.now();
    const files = Array.from({ length: COUNT }, (_, index) => path.join(photoDir, `bench-${stamp}-${index}.jpg`));
    for (const file of files) writeFileSync(file, photo);
    const chooser = page.waitForEvent("filechooser");
    const started = Date.now();
    await page.getByRole("button", { name: "Add photos or files" }).click();
    await (await chooser).setFiles(files);
    await page
      .getByRole("status")
      .filter({ hasText: `${COUNT} files will be attached` })
      .waitFor({ timeout: 600_000 });
    const queuedMs = Date.now() - started;

    const online = Date.now();
    await context.setOffline(false);
    await page.getByRole("region", { name: /Waiting to upload/ }).waitFor({ state: "hidden", timeout: 600_000 });
    const sentMs = Date.now() - online;
    sampling = false;
    await sampler;

    const token = await accessToken(page);
    const response = await fetch(`${sandbox.url}/api/v1/tickets/${ticketId}/documents`, { headers: { "x-api-key": token } });
    const documents = ((await response.json()) as { data: { document_name: string; file_size: string }[] }).data.filter((document) =>
      document.document_name.startsWith(`bench-${stamp}-`),
    );
    const uploadedBytes = documents.reduce((sum, document) => sum + Number(document.file_size), 0);
    const originalBytes = photo.length * COUNT;
    const figures = {
      photos: COUNT,
      photoBytes: photo.length,
      queueSeconds: queuedMs / 1000,
      sendSeconds: sentMs / 1000,
      totalSeconds: (queuedMs + sentMs) / 1000,
      peakHeapMb: peakHeap / 1e6,
      heapBeforeMb: heapBefore / 1e6,
      originalBytes,
      uploadedBytes,
      arrived: documents.length,
      distinct: new Set(documents.map((document) => document.document_name)).size,
    };
    console.log(
      `uploads: ${COUNT} photos of ${(photo.length / 1e6).toFixed(1)} MB prepared and queued offline in ${figures.queueSeconds.toFixed(1)} s, ` +
        `sent in ${figures.sendSeconds.toFixed(1)} s once online (total ${figures.totalSeconds.toFixed(1)} s); ` +
        `peak JS heap ${figures.peakHeapMb.toFixed(1)} MB (${figures.heapBeforeMb.toFixed(1)} MB before); ` +
        `uploaded ${(uploadedBytes / 1e6).toFixed(2)} MB of ${(originalBytes / 1e6).toFixed(1)} MB original ` +
        `(${((100 * uploadedBytes) / originalBytes).toFixed(0)} %); on the server: ${documents.length} (${figures.distinct} distinct)`,
    );
    recordFigures("uploads", figures);
  });
} finally {
  rmSync(photoDir, { recursive: true, force: true });
}
