import { act, render, screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { createExternalStore, useExternalStore } from "./external-store";

describe("external store", () => {
  it("tells each subscriber of a new value until it unsubscribes", () => {
    const store = createExternalStore(1);
    const heard: number[] = [];
    const stop = store.subscribe(() => heard.push(store.get()));
    store.set(2);
    stop();
    store.set(3);
    expect(heard).toEqual([2]);
    expect(store.get()).toBe(3);
  });

  it("re-renders a component with the value, or with the part it selects", () => {
    const store = createExternalStore<Record<string, number>>({});
    function Progress({ id }: { id: string }) {
      const whole = useExternalStore(store);
      const mine = useExternalStore(store, (values) => values[id] ?? null);
      return <p>{`${Object.keys(whole).length} uploads, this one ${mine ?? "waiting"}`}</p>;
    }
    render(<Progress id="a" />);
    expect(screen.getByText("0 uploads, this one waiting")).toBeTruthy();
    act(() => store.set({ a: 0.5, b: 1 }));
    expect(screen.getByText("2 uploads, this one 0.5")).toBeTruthy();
  });
});
