import { cleanup, render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { useState } from "react";
import { afterEach, describe, expect, it } from "vitest";
import { defaultView, type ListView } from "./list-view";
import { QuickFilters } from "./QuickFilters";

afterEach(cleanup);

function Quick({ initial = defaultView }: { initial?: ListView }) {
  const [view, setView] = useState(initial);
  return <QuickFilters view={view} onChange={setView} />;
}

const pressed = (name: string) => screen.getByRole("button", { name }).getAttribute("aria-pressed");

describe("quick filters", () => {
  it("turn a view on with one tap and off with the next", async () => {
    const user = userEvent.setup();
    render(<Quick />);
    await user.click(screen.getByRole("button", { name: "High priority" }));
    expect(pressed("High priority")).toBe("true");
    await user.click(screen.getByRole("button", { name: "High priority" }));
    expect(pressed("High priority")).toBe("false");
  });

  it("switch between my tickets and unassigned ones, which exclude each other", async () => {
    const user = userEvent.setup();
    render(<Quick />);
    await user.click(screen.getByRole("button", { name: "My tickets" }));
    await user.click(screen.getByRole("button", { name: "Unassigned" }));
    expect(pressed("Unassigned")).toBe("true");
    expect(pressed("My tickets")).toBe("false");
  });

  it("show as pressed a view that came from the address or the filter panel", () => {
    render(<Quick initial={{ ...defaultView, assignee: "me", priority: "High" }} />);
    expect(pressed("My tickets")).toBe("true");
    expect(pressed("High priority")).toBe("true");
    expect(pressed("Recently updated")).toBe("false");
  });
});
