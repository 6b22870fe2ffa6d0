/**
 * Restore of the persisted query cache at a heavy technician's size: the list as persisted after
 * scrolling a 10 000-ticket queue (its first pages, as query-persistence keeps them) and 200 opened
 * tickets with their comments. The cache a real session wrote is grown to that size in IndexedDB,
 * then the app is reloaded offline at 4× CPU: the time from the session read to the cache restored
 * (the app's own performance marks), and to the first row. A benchmark, not a test: it prints figures.
 */
import type { Page } from "@playwright/test";
import { recordFigures } from "./figures";
import { signedInPhone, withSandboxAndBrowser } from "./phone";

const OPENED_TICKETS = 200;
const LIST_PAGES = 4;
const RELOADS = 5;

interface PersistedQuery {
  queryKey: unknown[];
  queryHash: string;
  state: { data: unknown };
}
interface PersistedClient {
  clientState: { queries: PersistedQuery[] };
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

/** Reads or writes one idb-keyval record in the page. */
function keyval(page: Page, action: { read: string } | { write: string; value: string }): Promise<unknown> {
  return page.evaluate(
    (action) =>
      new Promise((resolve, reject) => {
        const open = indexedDB.open("keyval-store");
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const store = open.result.transaction("keyval", "write" in action ? "readwrite" : "readonly").objectStore("keyval");
          const request = "write" in action ? store.put(action.value, action.write) : store.get(action.read);
          request.onsuccess = () => resolve(request.result);
          request.onerror = () => reject(request.error);
        };
      }),
    action,
  );
}

/** The cache grown to `OPENED_TICKETS` opened tickets (copies of the one opened, under other ids) and full list pages. */
function grow(client: PersistedClient): PersistedClient {
  const queries = client.clientState.queries;
  const opened = queries.filter((query) => query.queryKey.includes("detail"));
  const copies = Array.from({ length: OPENED_TICKETS }, (_, index) =>
    opened.map((query) => {
      const queryKey = query.queryKey.map((part, position) =>
        position === query.queryKey.indexOf("detail") + 1 ? `${part}-${index}` : part,
      );
      return { ...query, queryKey, queryHash: JSON.stringify(queryKey) };
    }),
  ).flat();
  const lists = queries.map((query) => {
    const data = query.state.data as { pages?: unknown[]; pageParams?: unknown[] } | undefined;
    if (!data?.pages?.length) return query;
    const pages = Array.from({ length: LIST_PAGES }, () => data.pages![0]);
    const pageParams = Array.from({ length: LIST_PAGES }, (_, index) => index + 1);
    return { ...query, state: { ...query.state, data: { pages, pageParams } } };
  });
  return { ...client, clientState: { ...client.clientState, queries: [...lists.filter((query) => !opened.includes(query)), ...copies] } };
}

await withSandboxAndBrowser({}, async (sandbox, browser) => {
  const { context, page } = await signedInPhone(browser, sandbox.url);
  await page.locator(".virtual-list__item a").first().click();
  await page.getByRole("textbox", { name: "Comment" }).waitFor();
  await page.goto("/tickets");
  await page.locator(".virtual-list__item").first().waitFor();
  await page.evaluate(async () => void (await navigator.serviceWorker.ready));
  await page.reload();
  // Grown below from what the app saved: both records, the second written once it was restored.
  await page.waitForFunction(() => performance.getEntriesByName("alga:later-restored").length > 0);
  await page.waitForTimeout(1_500);

  const cacheKey = (
    (await page.evaluate(
      () =>
        new Promise<string[]>((resolve) => {
          const open = indexedDB.open("keyval-store");
          open.onsuccess = () => {
            const request = open.result.transaction("keyval").objectStore("keyval").getAllKeys();
            request.onsuccess = () => resolve(request.result.map(String));
          };
        }),
    )) as string[]
  ).find((key) => key.startsWith("alga.queryCache"))!;
  // Both records: the list's pages in the first, the opened tickets in the one restored after the first screen.
  const grownBytes: number[] = [];
  for (const key of [cacheKey, `${cacheKey}:later`]) {
    const grown = JSON.stringify(grow(JSON.parse((await keyval(page, { read: key })) as string) as PersistedClient));
    await keyval(page, { write: key, value: grown });
    grownBytes.push(grown.length);
  }

  const cdp = await context.newCDPSession(page);
  await context.setOffline(true);
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: 4 });
  const runs: { waited: number; restore: number; later: number; restoredAt: number }[] = [];
  for (let run = 0; run < RELOADS; run++) {
    // The persister writes back at most once a second; a reload must not catch a half-grown copy.
    await page.waitForTimeout(1_200);
    await page.reload();
    await page.locator(".virtual-list__item").first().waitFor();
    await page.waitForFunction(() => performance.getEntriesByName("alga:later-restored").length > 0);
    const mark = (name: string) => page.evaluate((name) => performance.getEntriesByName(name)[0]?.startTime ?? Number.NaN, name);
    const [session, start, restored, later] = [
      await mark("alga:session-restored"),
      await mark("alga:cache-restore-start"),
      await mark("alga:cache-restored"),
      await mark("alga:later-restored"),
    ];
    runs.push({ waited: start - session, restore: restored - start, later: later - restored, restoredAt: restored });
  }
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: 1 });
  const medianOf = (field: keyof (typeof runs)[number]) => median(runs.map((run) => run[field]));
  const figures = {
    bytes: grownBytes[0]!,
    laterBytes: grownBytes[1]!,
    waitMs: medianOf("waited"),
    restoreMs: medianOf("restore"),
    laterMs: medianOf("later"),
    cacheRestoredAtMs: medianOf("restoredAt"),
  };
  const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)} KB`;
  console.log(
    `persisted cache, ${LIST_PAGES} list pages (${kb(figures.bytes)}) and ${OPENED_TICKETS} opened tickets (${kb(figures.laterBytes)}), ` +
      `median of ${RELOADS} reloads at 4× CPU, offline: the first screen's record restored in ${figures.restoreMs.toFixed(0)} ms ` +
      `(starting ${figures.waitMs.toFixed(0)} ms after the session read; ` +
      `${figures.cacheRestoredAtMs.toFixed(0)} ms after navigation start); the opened tickets' record ${figures.laterMs.toFixed(0)} ms later`,
  );
  recordFigures("restore", figures);
});
