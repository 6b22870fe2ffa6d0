import { spawnSync } from "node:child_process";
import { accessSync, constants } from "node:fs";
import { delimiter, join } from "node:path";

function isExecutable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** The first of `names` found on PATH, then the first of `paths` that exists. */
export function findExecutable(names: string[], paths: string[] = []): string | undefined {
  const dirs = (process.env.PATH ?? "").split(delimiter).filter(Boolean);
  const candidates = [...names.flatMap((name) => dirs.map((dir) => join(dir, name))), ...paths];
  return candidates.find(isExecutable);
}

/** Installs a Debian package where that is possible without asking (root, with apt-get); false elsewhere. */
export function aptInstall(pkg: string): boolean {
  const aptGet = findExecutable(["apt-get"]);
  if (!aptGet || process.getuid?.() !== 0) return false;
  console.log(`Installing ${pkg} with apt-get…`);
  const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
  const update = spawnSync(aptGet, ["update", "-qq"], { stdio: "inherit", env });
  return update.status === 0 && spawnSync(aptGet, ["install", "-y", "-qq", pkg], { stdio: "inherit", env }).status === 0;
}
