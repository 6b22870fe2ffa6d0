import { get, set } from "idb-keyval";
import type { DeviceInfo } from "../api/auth";
import { deviceKeys } from "../lib/storage-keys";

const DEVICE_ID_KEY = deviceKeys.deviceId;

/** A random id that stays with this browser profile, so the server can tell its sessions apart. */
export async function getDeviceId(): Promise<string> {
  const existing = await get<string>(DEVICE_ID_KEY);
  if (existing) return existing;
  const id = crypto.randomUUID();
  await set(DEVICE_ID_KEY, id);
  return id;
}

export async function deviceInfo(): Promise<DeviceInfo> {
  return { platform: "web", appVersion: __APP_VERSION__, buildVersion: __APP_BUILD__, deviceId: await getDeviceId() };
}
