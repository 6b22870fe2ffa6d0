import { spawn } from "node:child_process";
import { mkdir, mkdtemp, readdir, rm, symlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { needsSeed, openDatabase } from "./database";
import { seedDatabase } from "./seed/seed";

// On-disk PGlite starts take seconds, more on a loaded machine.
const ON_DISK_TIMEOUT_MS = 180_000;

let root: string;

beforeEach(async () => {
  root = await mkdtemp(path.join(tmpdir(), "alga-db-"));
});
afterEach(() => rm(root, { recursive: true, force: true }));

describe("opening the data folder", () => {
  it(
    "moves a folder PGlite cannot open aside, says so in one line, and starts on a fresh one",
    async () => {
      const dataDir = path.join(root, ".sandbox-data");
      // What an interrupted or clobbered initdb leaves: a version file and a control file that is not one.
      await mkdir(path.join(dataDir, "global"), { recursive: true });
      await writeFile(path.join(dataDir, "PG_VERSION"), "17\n");
      await writeFile(path.join(dataDir, "global", "pg_control"), "not a control file");
      const lines: string[] = [];
      const db = await openDatabase(dataDir, (line) => lines.push(line));
      try {
        expect(await needsSeed(db)).toBe(true);
        await seedDatabase(db, 5, 60_000);
        expect(await needsSeed(db)).toBe(false);
      } finally {
        await db.close();
      }
      const aside = (await readdir(root)).filter((name) => name.startsWith(".sandbox-data.unreadable-"));
      expect(aside).toHaveLength(1);
      expect(await readdir(path.join(root, aside[0]!))).toContain("PG_VERSION");
      expect(lines).toEqual([
        expect.stringMatching(
          new RegExp(
            `^The data folder ${dataDir} could not be opened \\(.+\\); moved it to ${path.join(root, aside[0]!)} and started a fresh seed\\.$`,
          ),
        ),
      ]);
    },
    ON_DISK_TIMEOUT_MS,
  );

  it(
    "opens a healthy folder again with its data, saying nothing",
    async () => {
      const dataDir = path.join(root, "data");
      const lines: string[] = [];
      const first = await openDatabase(dataDir, (line) => lines.push(line));
      await seedDatabase(first, 5, 60_000);
      await first.close();
      const again = await openDatabase(dataDir, (line) => lines.push(line));
      try {
        expect(await needsSeed(again)).toBe(false);
      } finally {
        await again.close();
      }
      expect(lines).toEqual([]);
      expect(await readdir(root)).toEqual(["data"]);
    },
    ON_DISK_TIMEOUT_MS,
  );

  it(
    "leaves a folder it cannot open for another reason as it is, and says why in words",
    async () => {
      const dataDir = path.join(root, "data");
      await mkdir(dataDir);
      // Another process has the folder open (here reached through a link): PGlite refuses with a file-system error.
      const holder = spawn(process.execPath, ["--input-type=module", "-e", holdFolder(dataDir)], {
        cwd: process.cwd(),
        stdio: ["ignore", "pipe", "inherit"],
      });
      try {
        await new Promise((resolve, reject) => {
          holder.stdout.once("data", resolve);
          holder.once("exit", reject);
        });
        const link = path.join(root, "link");
        await symlink(dataDir, link);
        const lines: string[] = [];
        const opening = openDatabase(link, (line) => lines.push(line));
        await expect(opening).rejects.toThrow(`The data folder ${link} could not be opened`);
        await expect(opening).rejects.not.toThrow("[object Object]");
        expect(lines).toEqual([]);
        expect((await readdir(root)).sort()).toEqual(["data", "link"]);
      } finally {
        holder.kill("SIGKILL");
      }
    },
    ON_DISK_TIMEOUT_MS,
  );
});

/** A process that opens PGlite on `dataDir`, says so on stdout, and keeps it open. */
function holdFolder(dataDir: string): string {
  return `import { PGlite } from "@electric-sql/pglite";
const db = await PGlite.create(${JSON.stringify(dataDir)});
await db.query("SELECT 1");
process.stdout.write("open\\n");
setInterval(() => {}, 1000);`;
}
