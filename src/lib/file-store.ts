import { createStore, del, delMany, get, keys, set, update } from "idb-keyval";
import { fileDatabase } from "./storage-keys";

/**
 * File bytes (photos waiting to upload, documents kept for offline reading, files shared into the app),
 * in a database of their own (see `fileDatabase`). Keys come from `userKeys`. The service worker writes
 * shared files here too, so this module stays free of anything a worker lacks.
 */
let store: ReturnType<typeof createStore> | null = null;
const files = () => (store ??= createStore(fileDatabase.name, fileDatabase.store));

export const putFile = (key: string, blob: Blob) => set(key, blob, files());
export const getFile = async (key: string) => ((await get(key, files())) as Blob | undefined) ?? null;
export const deleteFile = (key: string) => del(key, files());
export const deleteFiles = (keys: string[]) => delMany(keys, files());
/** Every key of the store, without reading the bytes. */
export const fileKeys = async () => (await keys(files())).map(String);

export const readRecord = async <T>(key: string) => (await get(key, files())) as T | undefined;
export const updateRecord = <T>(key: string, change: (current: T | undefined) => T) => update(key, change, files());
