import type { FaultSettings } from "../faults/fault-settings";

/** The local storage provider's limits (`packages/storage/src/config/storage.ts`): 500 MB, every type, unless configured. */
export interface StorageRules {
  maxFileSize: number;
  allowedMimeTypes: string[];
}

const DEFAULT_MAX_FILE_SIZE = 524_288_000;

/** The same environment variables as the real server; a test may override them through the faults control. */
export function storageRules(faults: FaultSettings, env: NodeJS.ProcessEnv = process.env): StorageRules {
  return {
    maxFileSize: faults.uploadMaxFileSize ?? Number(env.STORAGE_LOCAL_MAX_FILE_SIZE || DEFAULT_MAX_FILE_SIZE),
    allowedMimeTypes: faults.uploadAllowedMimeTypes ?? (env.STORAGE_LOCAL_ALLOWED_MIME_TYPES || "*/*").split(","),
  };
}

/**
 * Why the provider refuses a file, or null. The real upload re-wraps this refusal into a 500, never the
 * clean 400 its controller meant to give (field-kit contract §3.2), so the message never reaches a client.
 */
export function refusalOf(rules: StorageRules, mimeType: string, size: number): string | null {
  if (size > rules.maxFileSize) return `File size exceeds limit of ${rules.maxFileSize} bytes`;
  if (rules.allowedMimeTypes.includes("*/*")) return null;
  const allowed = rules.allowedMimeTypes.some((pattern) =>
    pattern.endsWith("/*") ? mimeType.startsWith(pattern.slice(0, -2)) : mimeType === pattern,
  );
  return allowed ? null : "File type not allowed";
}
