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
  const grown = JSON.stringify(grow(JSON.parse((await keyval(page, { read: cacheKey })) as string) as PersistedClient));
  await keyval(page, { write: cacheKey, value: grown });

  const cdp = await context.newCDPSession(page);
  await context.setOffline(true);
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: 4 });
  const restore: number[] = [];
  const firstRow: number[] = [];
  for (let run = 0; run < RELOADS; run++) {
    // The persister writes back at most once a second; a reload must not catch a half-grown copy.
    await page.waitForTimeout(1_200);
    await page.reload();
    await page.locator(".virtual-list__item").first().waitFor();
    const marks = await page.evaluate(() => ({
      session: performance.getEntriesByName("alga:session-restored")[0]?.startTime ?? Number.NaN,
      restored: performance.getEntriesByName("alga:cache-restored")[0]?.startTime ?? Number.NaN,
      row: performance.now(),
    }));
    restore.push(marks.restored - marks.session);
    firstRow.push(marks.restored);
  }
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: 1 });
  const figures = { bytes: grown.length, restoreMs: median(restore), cacheRestoredAtMs: median(firstRow) };
  console.log(
    `persisted cache of ${OPENED_TICKETS} opened tickets and ${LIST_PAGES} list pages (${(grown.length / 1024).toFixed(0)} KB): ` +
      `restored ${figures.restoreMs.toFixed(0)} ms after the session read (median of ${RELOADS}, 4× CPU, offline), ` +
      `${figures.cacheRestoredAtMs.toFixed(0)} ms after navigation start`,
  );
  recordFigures("restore", figures);
});
