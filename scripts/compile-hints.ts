import type { Plugin } from "vite";

/**
 * Marks the entry chunk for eager compilation (V8's explicit compile hints, Chrome 136+; other engines
 * read a comment). Nearly all of it runs at start-up, and without the hint V8 compiles each function on
 * its first call, on the main thread; with it, while the file streams in, off the main thread. Measured
 * side by side (6 runs each): Lighthouse on /signin, total blocking time 464 -> 216 ms (median), score 86 -> 94;
 * a warm start in a new tab at 1x CPU, main-thread time to the first row 407 -> 381 ms.
 * The comment must be the file's first line: after Vite's own additions, so in the last hook.
 */
export function compileHints(): Plugin {
  return {
    name: "alga-compile-hints",
    apply: "build",
    generateBundle: {
      order: "post",
      handler(_options, bundle) {
        for (const output of Object.values(bundle))
          if (output.type === "chunk" && output.isEntry) output.code = `//# allFunctionsCalledOnLoad\n${output.code}`;
      },
    },
  };
}
