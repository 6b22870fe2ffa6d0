import { expect, resetSandbox, serverApi, test } from "./fixtures";

test.beforeAll(resetSandbox);
test.use({ signedIn: true });
test.describe.configure({ timeout: 180_000 });

for (const size of [
  { width: 390, height: 844 },
  { width: 360, height: 640 },
]) {
  test(`shots ${size.width}`, async ({ page, sandbox }) => {
    await page.setViewportSize(size);
    const { userId } = await serverApi(page, sandbox.apiUrl, "/api/v1/tickets?limit=1");
    const mine = await serverApi(page, sandbox.apiUrl, `/api/v1/tickets?assigned_to=${userId}&sort=ticket_number&order=asc&limit=5`);
    const ids = (mine.body.data as { ticket_id: string }[]).map((ticket) => ticket.ticket_id);
    for (const [index, id] of [ids[1], ids[2]].entries()) {
      await page.goto(`/tickets/${id}`);
      await page.getByRole("tab", { name: /^Documents/ }).click();
      await expect(page.getByRole("list", { name: "Documents" })).toBeVisible();
      await page.waitForTimeout(1500);
      await page.getByRole("tabpanel").scrollIntoViewIfNeeded();
      await page.screenshot({ path: `/tmp/shots/docs-${size.width}-${index}.png`, fullPage: true });
    }
    await page.goto(`/tickets/${ids[1]}`);
    await page.getByRole("tab", { name: /^Documents/ }).click();
    await page.getByRole("button", { name: "rack-2-front.jpg" }).click();
    await expect(page.getByRole("dialog").getByRole("img")).toBeVisible();
    await page.screenshot({ path: `/tmp/shots/viewer-${size.width}.png` });
    await page.getByRole("button", { name: "Zoom in" }).click();
    await page.screenshot({ path: `/tmp/shots/viewer-zoom-${size.width}.png` });
    await page.keyboard.press("Escape");
    await page.goto("/settings");
    await page.getByText("Documents kept for offline reading").scrollIntoViewIfNeeded();
    await page.screenshot({ path: `/tmp/shots/settings-${size.width}.png`, fullPage: true });
    await page.goto("/share");
    await page.screenshot({ path: `/tmp/shots/share-empty-${size.width}.png` });
    await page.goto(`/tickets/${ids[0]}`);
    await page.getByRole("tab", { name: /^Documents/ }).click();
    await page.context().setOffline(true);
    const chooser = page.waitForEvent("filechooser");
    await page.getByRole("button", { name: "Add photos or files" }).click();
    await (await chooser).setFiles([
      { name: "setup.exe", mimeType: "application/x-msdownload", buffer: Buffer.from("MZ") },
      { name: "readings from the PSU on rack 2.txt", mimeType: "text/plain", buffer: Buffer.from("230 V ".repeat(500)) },
    ]);
    await expect(page.getByRole("region", { name: /Waiting to upload/ })).toBeVisible();
    await page.screenshot({ path: `/tmp/shots/waiting-${size.width}.png`, fullPage: true });
    await page.context().setOffline(false);
  });
}
