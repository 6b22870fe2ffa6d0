import { cleanup, render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { useState } from "react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { defaultView, type ListView } from "./list-view";
import { FilterRow } from "./FilterRow";

afterEach(cleanup);

function Quick({ initial = defaultView }: { initial?: ListView }) {
  const [view, setView] = useState(initial);
  return <FilterRow view={view} onChange={setView} slaKnown={true} />;
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

describe("applied filters in the same row", () => {
  const filtered: ListView = {
    ...defaultView,
    search: "printer",
    assignee: "me",
    priority: "Critical",
    sort: "priority_name",
    order: "asc",
  };

  it("show what no quick filter or search box shows, each removable alone", async () => {
    const user = userEvent.setup();
    render(<Quick initial={filtered} />);
    expect(screen.queryByRole("button", { name: /Remove .*printer/ })).toBeNull();
    expect(screen.queryByRole("button", { name: "Remove Assigned to me" })).toBeNull();
    await user.click(screen.getByRole("button", { name: "Remove Priority: Critical" }));
    expect(screen.queryByRole("button", { name: "Remove Priority: Critical" })).toBeNull();
    expect(pressed("My tickets")).toBe("true");
    screen.getByRole("button", { name: "Remove Sorted by priority, ascending" });
  });

  it("clear every filter at once but keep the chosen sort", async () => {
    const user = userEvent.setup();
    const onChange = vi.fn();
    render(<FilterRow view={filtered} onChange={onChange} slaKnown={true} />);
    await user.click(screen.getByRole("button", { name: "Clear all" }));
    expect(onChange).toHaveBeenCalledWith({ ...defaultView, sort: "priority_name", order: "asc" });
  });
});
