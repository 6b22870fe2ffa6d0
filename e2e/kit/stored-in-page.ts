/*
 * Reading what the app keeps in IndexedDB, in the page, for the journeys (e2e/) and the benchmarks (bench/):
 * idb-keyval's default store, opened as the app opens it.
 */
import type { Page } from "@playwright/test";

/** What the app keeps in IndexedDB under `key` (idb-keyval's default store), read in the page. */
export function readStored(page: Page, key: string): Promise<unknown> {
  return page.evaluate(
    (storedKey) =>
      new Promise((resolve, reject) => {
        const open = indexedDB.open("keyval-store");
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          if (!db.objectStoreNames.contains("keyval")) return resolve(undefined);
          const get = db.transaction("keyval").objectStore("keyval").get(storedKey);
          get.onsuccess = () => resolve(get.result);
          get.onerror = () => reject(get.error);
        };
      }),
    key,
  );
}

/** Everything the app keeps in IndexedDB (idb-keyval's default store) under keys starting with `prefix`, as JSON. */
export function storedJson(page: Page, prefix: string): Promise<string> {
  return page.evaluate(
    (keyPrefix) =>
      new Promise<string>((resolve, reject) => {
        const open = indexedDB.open("keyval-store");
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          if (!db.objectStoreNames.contains("keyval")) return resolve("[]");
          const store = db.transaction("keyval").objectStore("keyval");
          const keys = store.getAllKeys();
          const values = store.getAll();
          values.onsuccess = () =>
            resolve(JSON.stringify(values.result.filter((_, index) => String(keys.result[index]).startsWith(keyPrefix))));
          values.onerror = () => reject(values.error);
        };
      }),
    prefix,
  );
}

/** Every key in the app's IndexedDB store (idb-keyval's default), read in the page. */
export function storedKeys(page: Page): Promise<string[]> {
  return page.evaluate(
    () =>
      new Promise<string[]>((resolve, reject) => {
        const open = indexedDB.open("keyval-store");
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          if (!db.objectStoreNames.contains("keyval")) return resolve([]);
          const request = db.transaction("keyval").objectStore("keyval").getAllKeys();
          request.onsuccess = () => resolve(request.result.map(String));
          request.onerror = () => reject(request.error);
        };
      }),
  );
}
