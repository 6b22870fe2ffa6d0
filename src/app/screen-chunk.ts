import { lazy, type ComponentType } from "react";

/**
 * A screen's chunk, loaded once, and its components as lazy ones that render at once when the chunk is
 * already there. main.tsx starts loading the first screen's chunk before the first render; a plain
 * `lazy(() => import(...))` would still suspend on it for a tick, commit the fallback and render the app
 * twice (main-thread CPU to the first row at 4×, median of 5 traced reloads in two rounds: 547 and 536 ms
 * with it, 484 and 530 ms without). React's lazy takes the module at once from a thenable that resolves synchronously.
 */
export function screenChunk<Module>(importChunk: () => Promise<Module>) {
  let loaded: Module | undefined;
  let loading: Promise<Module> | undefined;
  // A failed load (offline, chunk gone after a deploy) is not kept: a later load tries again.
  const load = () =>
    (loading ??= importChunk().then(
      (module) => (loaded = module),
      (error: unknown) => {
        loading = undefined;
        throw error;
      },
    ));
  const component = <Props>(pick: (module: Module) => ComponentType<Props>) =>
    lazy(() => {
      if (loaded === undefined) return load().then((module) => ({ default: pick(module) }));
      const module = loaded;
      const thenable = { then: (resolve: (value: { default: ComponentType<Props> }) => void) => resolve({ default: pick(module) }) };
      return thenable as unknown as Promise<{ default: ComponentType<Props> }>;
    });
  return { load, component };
}
