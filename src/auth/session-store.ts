import { del, get, set } from "idb-keyval";
import type { SessionUser } from "../api/schemas/auth";
import { userKeys } from "../lib/storage-keys";

export interface Session {
  server: string;
  accessToken: string;
  refreshToken: string;
  expiresAtMs: number;
  tenantId: string;
  user: SessionUser;
}

const SESSION_KEY = userKeys.session;

export async function readStoredSession(): Promise<Session | null> {
  const value = await get<Session>(SESSION_KEY).catch(() => undefined);
  return value && typeof value.refreshToken === "string" ? value : null;
}

export function writeStoredSession(session: Session): Promise<void> {
  return set(SESSION_KEY, session);
}

export function deleteStoredSession(): Promise<void> {
  return del(SESSION_KEY);
}
