import type { Plugin, Rollup } from "vite";

const ENTRY_NAME = "boot";
const FIRST_MODULE_SCRIPT = /<script type="module"/;

/**
 * Builds `entry` (the boot module, src/app/boot-paint.ts) as an entry of its own and loads it from
 * index.html just before the app's entry: module scripts run in document order, so it runs first, while
 * the entry still downloads. A second <script> in index.html itself would be bundled into the app's entry.
 */
export function bootScript(entry: string): Plugin {
  return {
    name: "alga-boot-script",
    config: (_config, { command }) =>
      command === "build" ? { build: { rollupOptions: { input: { index: "index.html", [ENTRY_NAME]: entry } } } } : {},
    transformIndexHtml: {
      order: "post",
      handler(html, { bundle }) {
        const chunk = Object.values(bundle ?? {}).find(
          (output): output is Rollup.OutputChunk => output.type === "chunk" && output.isEntry && output.name === ENTRY_NAME,
        );
        const chunks = chunk ? withImports(chunk, bundle!) : [];
        const tags = [
          ...chunks
            .flatMap((each) => [...(each.viteMetadata?.importedCss ?? [])])
            .map((href) => `<link rel="stylesheet" crossorigin href="/${href}">`),
          ...chunks.slice(1).map((each) => `<link rel="modulepreload" crossorigin href="/${each.fileName}">`),
          `<script type="module" crossorigin src="/${chunk ? chunk.fileName : entry}"></script>`,
        ];
        return html.replace(FIRST_MODULE_SCRIPT, (script) => `${tags.join("\n    ")}\n    ${script}`);
      },
    },
  };
}

/** The chunk and every chunk it imports, directly or not: their styles must be there when it paints. */
function withImports(chunk: Rollup.OutputChunk, bundle: Rollup.OutputBundle): Rollup.OutputChunk[] {
  const found = new Map([[chunk.fileName, chunk]]);
  for (const each of found.values())
    for (const name of each.imports) {
      const imported = bundle[name];
      if (imported?.type === "chunk" && !found.has(name)) found.set(name, imported);
    }
  return [...found.values()];
}
