import type { Plugin } from "vite";
import { gzipSync } from "node:zlib";

/** node_modules/<package> or the source file a module came from. */
function origin(id: string): string {
  const inPackage = id.split("node_modules/").pop()!;
  if (inPackage === id) return id.replace(`${process.cwd()}/`, "");
  const parts = inPackage.split("/");
  return parts[0]!.startsWith("@") ? `${parts[0]}/${parts[1]}` : parts[0]!;
}

/**
 * Writes dist/.vite/bundle-report.txt: every chunk with its gzip size, whether the first screen loads
 * it (the entry and its static imports), and what fills it, largest first. Read it before adding to
 * the entry: the first screen should carry little beyond React.
 */
export function bundleReport(): Plugin {
  return {
    name: "alga-bundle-report",
    apply: "build",
    generateBundle(_options, bundle) {
      const chunks = Object.values(bundle).filter((output) => output.type === "chunk");
      const initial = new Set<string>();
      const visit = (fileName: string) => {
        if (initial.has(fileName)) return;
        initial.add(fileName);
        const chunk = chunks.find((candidate) => candidate.fileName === fileName);
        chunk?.imports.forEach(visit);
      };
      chunks.filter((chunk) => chunk.isEntry).forEach((chunk) => visit(chunk.fileName));
      const lines: string[] = [];
      let initialGzip = 0;
      for (const chunk of chunks.sort((a, b) => b.code.length - a.code.length)) {
        const gzip = gzipSync(chunk.code).length;
        if (initial.has(chunk.fileName)) initialGzip += gzip;
        lines.push(`${chunk.fileName}  ${(gzip / 1024).toFixed(1)} KB gzip${initial.has(chunk.fileName) ? "  (initial)" : ""}`);
        const sizes = new Map<string, number>();
        for (const [id, module] of Object.entries(chunk.modules))
          sizes.set(origin(id), (sizes.get(origin(id)) ?? 0) + module.renderedLength);
        for (const [name, size] of [...sizes].sort((a, b) => b[1] - a[1]).slice(0, 12))
          lines.push(`    ${(size / 1024).toFixed(1).padStart(7)} KB  ${name}`);
      }
      lines.unshift(`initial JS (entry and its static imports): ${(initialGzip / 1024).toFixed(1)} KB gzip`, "");
      this.emitFile({ type: "asset", fileName: ".vite/bundle-report.txt", source: `${lines.join("\n")}\n` });
    },
  };
}
