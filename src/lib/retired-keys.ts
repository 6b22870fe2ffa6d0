import { retiredKeyPrefixes } from "./storage-keys";

/** Removes what earlier versions left in localStorage and nothing reads any more (storage-keys: retiredKeyPrefixes). */
export function removeRetiredKeys(storage: Storage = localStorage): void {
  const retired = Object.keys(storage).filter((key) => retiredKeyPrefixes.some((prefix) => key.startsWith(prefix)));
  for (const key of retired) storage.removeItem(key);
}
