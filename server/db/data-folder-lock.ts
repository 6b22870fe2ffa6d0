import { readFileSync, realpathSync, unlinkSync, writeFileSync } from "node:fs";
import path from "node:path";

/**
 * PGlite takes no lock on its data folder: two processes on one folder both write, and the folder ends up
 * unreadable (every later start aborts) — see electric-sql/pglite#1106. So the sandbox keeps
 * `<folder>.lock` beside the folder's real path, holding its process id, as postmaster.pid does for a real Postgres.
 */
export class DataFolderInUseError extends Error {}

export interface DataFolderLock {
  release(): void;
}

interface LockRecord {
  pid: number;
  startedAt: string;
}

// Folders held by this process: a second sandbox in the same process would corrupt the folder as well.
const heldHere = new Set<string>();

/** Beside the folder's real path, so a link to the folder, a `..` or a trailing slash all find one lock. */
export function lockFileOf(dataDir: string): string {
  return `${realFolder(dataDir)}.lock`;
}

function realFolder(dataDir: string): string {
  const absolute = path.resolve(dataDir);
  try {
    return realpathSync(absolute);
  } catch {
    // Not created yet: its parent's real path, with its own name.
  }
  try {
    return path.join(realpathSync(path.dirname(absolute)), path.basename(absolute));
  } catch {
    return absolute;
  }
}

/** Takes the folder's lock, taking over one left by a process that is gone; throws when a live process holds it. */
export function lockDataFolder(dataDir: string): DataFolderLock {
  const file = lockFileOf(dataDir);
  if (heldHere.has(file)) throw inUse(dataDir, { pid: process.pid, startedAt: "" });
  const record: LockRecord = { pid: process.pid, startedAt: new Date().toISOString() };
  // Two attempts: the second after removing a stale lock (another starter may win that race; then it holds it).
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      writeFileSync(file, JSON.stringify(record), { flag: "wx" });
      return hold(file);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    }
    const holder = readLock(file);
    if (holder && isAlive(holder.pid)) throw inUse(dataDir, holder);
    removeIfPresent(file);
  }
  throw inUse(dataDir, readLock(file) ?? { pid: 0, startedAt: "" });
}

function hold(file: string): DataFolderLock {
  heldHere.add(file);
  // A normal exit or a crash releases it; only SIGKILL leaves it behind, and the next start takes it over.
  const releaseOnExit = () => removeIfPresent(file);
  process.once("exit", releaseOnExit);
  return {
    release() {
      if (!heldHere.delete(file)) return;
      process.removeListener("exit", releaseOnExit);
      removeIfPresent(file);
    },
  };
}

function readLock(file: string): LockRecord | undefined {
  try {
    const parsed = JSON.parse(readFileSync(file, "utf8")) as Partial<LockRecord>;
    return typeof parsed.pid === "number" ? { pid: parsed.pid, startedAt: String(parsed.startedAt ?? "") } : undefined;
  } catch {
    // Unreadable or half-written (killed while writing it): nobody can be holding it.
    return undefined;
  }
}

function isAlive(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

function removeIfPresent(file: string): void {
  try {
    unlinkSync(file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
  }
}

/** The holder's command line where the system tells (Linux), so the message names the process, not just a number. */
function commandOf(pid: number): string {
  try {
    const command = readFileSync(`/proc/${pid}/cmdline`, "utf8").split("\0").filter(Boolean).join(" ");
    return command ? ` ${JSON.stringify(command.length > 80 ? `${command.slice(0, 77)}...` : command)}` : "";
  } catch {
    return "";
  }
}

function inUse(dataDir: string, holder: LockRecord): DataFolderInUseError {
  const who = holder.pid === process.pid ? "this process" : `process ${holder.pid}${commandOf(holder.pid)}`;
  const since = holder.startedAt ? ` since ${holder.startedAt}` : "";
  return new DataFolderInUseError(
    `The sandbox data folder ${dataDir} is in use by another sandbox (${who}${since}). ` +
      `Stop that one, or set ALGA_SANDBOX_DATA to another folder (or :memory:). ` +
      `If that is not a sandbox, delete ${lockFileOf(dataDir)}.`,
  );
}
