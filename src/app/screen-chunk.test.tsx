import { act, cleanup, render, screen } from "@testing-library/react";
import { Suspense } from "react";
import { afterEach, describe, expect, it } from "vitest";
import { screenChunk } from "./screen-chunk";

const Greeting = ({ name }: { name: string }) => <h1>Hello {name}</h1>;
const module = { Greeting };

function renderWithFallback(element: React.ReactNode) {
  return render(<Suspense fallback={<p>Loading…</p>}>{element}</Suspense>);
}

describe("screenChunk", () => {
  afterEach(cleanup);

  it("renders a screen whose chunk has loaded in the first commit, without showing the fallback", async () => {
    const chunk = screenChunk(() => Promise.resolve(module));
    const Screen = chunk.component((loaded) => loaded.Greeting);
    await chunk.load();

    // No act(): what the first synchronous commit shows, before any promise could settle.
    renderWithFallback(<Screen name="Ada" />);

    expect(screen.getByRole("heading", { name: "Hello Ada" })).toBeTruthy();
    expect(screen.queryByText("Loading…")).toBeNull();
  });

  it("shows the fallback while the chunk loads, then the screen", async () => {
    let finish!: (value: typeof module) => void;
    const chunk = screenChunk(() => new Promise<typeof module>((resolve) => (finish = resolve)));
    const Screen = chunk.component((loaded) => loaded.Greeting);

    renderWithFallback(<Screen name="Ada" />);
    expect(screen.getByText("Loading…")).toBeTruthy();

    await act(async () => finish(module));
    expect(screen.getByRole("heading", { name: "Hello Ada" })).toBeTruthy();
  });

  it("loads the chunk once however often it is asked for", async () => {
    let imports = 0;
    const chunk = screenChunk(() => {
      imports++;
      return Promise.resolve(module);
    });
    await Promise.all([chunk.load(), chunk.load()]);
    await chunk.load();
    expect(imports).toBe(1);
  });

  it("tries again after a failed load (offline, or a chunk gone after a deploy)", async () => {
    let attempt = 0;
    const chunk = screenChunk(() => (++attempt === 1 ? Promise.reject(new Error("offline")) : Promise.resolve(module)));
    await expect(chunk.load()).rejects.toThrow("offline");
    await expect(chunk.load()).resolves.toBe(module);
  });
});
