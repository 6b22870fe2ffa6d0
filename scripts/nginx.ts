import { aptInstall, findExecutable } from "./system-tools";

/** nginx for the deployment test: NGINX_PATH, else nginx on PATH or in /usr/sbin (not on every user's PATH). */
export function findNginx(): string | undefined {
  return process.env.NGINX_PATH ?? findExecutable(["nginx"], ["/usr/sbin/nginx"]);
}

/** Finds nginx or (root with apt) installs Debian's package. */
export function ensureNginx(): string | undefined {
  return findNginx() ?? (aptInstall("nginx") ? findNginx() : undefined);
}
