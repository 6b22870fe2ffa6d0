import { spawn } from "node:child_process";
import { mkdir, mkdtemp, readFile, rm, symlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { DataFolderInUseError, lockDataFolder, lockFileOf } from "./data-folder-lock";

let root: string;
let dataDir: string;

beforeEach(async () => {
  root = await mkdtemp(path.join(tmpdir(), "alga-lock-"));
  dataDir = path.join(root, ".sandbox-data");
});
afterEach(() => rm(root, { recursive: true, force: true }));

/** A process that is alive until `stop` is called, and one that has already exited. */
function sleepingProcess() {
  const child = spawn(process.execPath, ["-e", "setTimeout(() => {}, 60000)"], { stdio: "ignore" });
  return { pid: child.pid!, stop: () => child.kill("SIGKILL") };
}
function deadPid(): Promise<number> {
  const child = spawn(process.execPath, ["-e", ""], { stdio: "ignore" });
  return new Promise((resolve) => child.once("exit", () => resolve(child.pid!)));
}

describe("one sandbox per data folder", () => {
  it("writes the holder's process id beside the folder and removes it on release", async () => {
    const lock = lockDataFolder(dataDir);
    expect(JSON.parse(await readFile(lockFileOf(dataDir), "utf8"))).toMatchObject({ pid: process.pid });
    lock.release();
    await expect(readFile(lockFileOf(dataDir), "utf8")).rejects.toThrow(/ENOENT/);
  });

  it("refuses a sandbox that reaches a folder in use through a link", async () => {
    await mkdir(dataDir);
    const link = path.join(root, "link");
    await symlink(dataDir, link);
    const lock = lockDataFolder(dataDir);
    expect(() => lockDataFolder(link)).toThrow(DataFolderInUseError);
    lock.release();
    lockDataFolder(link).release();
  });

  it("refuses a second sandbox in this process until the first releases the folder", () => {
    const lock = lockDataFolder(dataDir);
    expect(() => lockDataFolder(dataDir)).toThrow(/is in use by another sandbox \(this process/);
    lock.release();
    lockDataFolder(dataDir).release();
  });

  it("refuses a folder a live process holds, in one line naming that process and what to do", async () => {
    const holder = sleepingProcess();
    try {
      await writeFile(lockFileOf(dataDir), JSON.stringify({ pid: holder.pid, startedAt: "2026-11-29T08:00:00.000Z" }));
      let error: unknown;
      try {
        lockDataFolder(dataDir);
      } catch (caught) {
        error = caught;
      }
      expect(error).toBeInstanceOf(DataFolderInUseError);
      const message = (error as Error).message;
      expect(message).not.toContain("\n");
      expect(message).toContain(`The sandbox data folder ${dataDir} is in use by another sandbox (process ${holder.pid} "`);
      expect(message).toContain("setTimeout(() => {}, 60000)");
      expect(message).toContain("since 2026-11-29T08:00:00.000Z");
      expect(message).toContain("set ALGA_SANDBOX_DATA to another folder");
      expect(message).toContain(`delete ${lockFileOf(dataDir)}`);
    } finally {
      holder.stop();
    }
  });

  it("takes over the lock of a process that was killed, and a half-written one", async () => {
    const pid = await deadPid();
    await writeFile(lockFileOf(dataDir), JSON.stringify({ pid, startedAt: "2026-11-29T08:00:00.000Z" }));
    lockDataFolder(dataDir).release();
    await writeFile(lockFileOf(dataDir), '{"pid":');
    const lock = lockDataFolder(dataDir);
    expect(JSON.parse(await readFile(lockFileOf(dataDir), "utf8"))).toMatchObject({ pid: process.pid });
    lock.release();
  });
});
