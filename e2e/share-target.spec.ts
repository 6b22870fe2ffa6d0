import type { Page } from "@playwright/test";
import { expect, resetSandbox, test } from "./fixtures";

test.beforeAll(resetSandbox);

test.use({ signedIn: true });
// Each journey signs in first, which takes long on a shared machine.
test.describe.configure({ timeout: 90_000 });

interface PostedFile {
  name: string;
  type: string;
  text: string;
}

/** The form a share posts (the manifest's share_target), submitted from the page `page` shows now. */
async function postShare(page: Page, action: string, files: PostedFile[]) {
  await page.evaluate(
    ({ action, files }) => {
      const form = document.createElement("form");
      Object.assign(form, { action, method: "post", enctype: "multipart/form-data" });
      const input = Object.assign(document.createElement("input"), { type: "file", name: "files", multiple: true });
      const transfer = new DataTransfer();
      for (const file of files) transfer.items.add(new File([file.text], file.name, { type: file.type }));
      input.files = transfer.files;
      form.append(input);
      document.body.append(form);
      form.submit();
    },
    { action, files },
  );
}

async function serviceWorkerInControl(page: Page) {
  await expect
    .poll(() => page.evaluate(async () => Boolean((await navigator.serviceWorker.ready) && navigator.serviceWorker.controller)))
    .toBe(true);
}

test("a website of another origin cannot put files into Attach to a ticket", async ({ page, sandbox }) => {
  await serviceWorkerInControl(page);
  // Another site: the same machine under another name is another origin (and another site).
  const attacker = `http://127.0.0.1:${sandbox.port}/free-invoice.html`;
  await page.route(attacker, (route) => route.fulfill({ contentType: "text/html", body: "<!doctype html><title>Your invoice</title>" }));
  await page.goto(attacker);
  await postShare(page, `http://localhost:${sandbox.port}/share`, [{ name: "invoice.pdf", type: "application/pdf", text: "%PDF-1.4" }]);

  await expect(page).toHaveURL(`http://localhost:${sandbox.port}/share`);
  await expect(page.getByRole("main").getByRole("status")).toContainText("Nothing to attach");
});

test("a share keeps only photos and documents, and shows their names as they will be saved", async ({ page, sandbox }) => {
  await serviceWorkerInControl(page);
  // From the app's own page, which sends no referrer: what a share from the system's share sheet looks like.
  await postShare(page, `http://localhost:${sandbox.port}/share`, [
    { name: "rack.jpg", type: "image/jpeg", text: "jpeg" },
    { name: "invoice\u202Efdp.html", type: "text/html", text: "<script>alert(1)</script>" },
    { name: "notes\u200B.txt", type: "text/plain", text: "PSU swapped" },
  ]);

  await expect(page).toHaveURL(/\/share$/);
  const files = page.getByRole("region", { name: "2 files to attach" });
  await expect(files).toContainText("shared to Alga Tickets from another app or a website");
  await expect(files.getByRole("listitem")).toHaveText([/^rack\.jpg · /, /^notes\.txt · /]);
});
