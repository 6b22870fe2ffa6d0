import { cleanup, render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { useState } from "react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { FilterChips } from "./FilterChips";
import { defaultView, type ListView } from "./list-view";

afterEach(cleanup);

/** The chips over a view that changes as the user taps, as the list screen holds it. */
function Chips({ initial }: { initial: ListView }) {
  const [view, setView] = useState(initial);
  return <FilterChips view={view} onChange={setView} />;
}

const filtered: ListView = { ...defaultView, search: "printer", assignee: "me", priority: "High", sort: "priority_name", order: "asc" };

describe("filter chips", () => {
  it("show one removable chip per active filter", () => {
    render(<Chips initial={filtered} />);
    const chips = screen.getByRole("group", { name: "Active filters" });
    expect(chips.textContent).toContain("“printer”");
    screen.getByRole("button", { name: "Remove filter Assigned to me" });
    screen.getByRole("button", { name: "Remove filter Priority: High" });
  });

  it("remove only the tapped filter, keeping the others", async () => {
    const user = userEvent.setup();
    render(<Chips initial={filtered} />);
    await user.click(screen.getByRole("button", { name: "Remove filter Assigned to me" }));
    expect(screen.queryByRole("button", { name: "Remove filter Assigned to me" })).toBeNull();
    screen.getByRole("button", { name: "Remove filter “printer”" });
    screen.getByRole("button", { name: "Remove filter Priority: High" });
  });

  it("clear every filter at once but keep the chosen sort", async () => {
    const user = userEvent.setup();
    const onChange = vi.fn();
    render(<FilterChips view={filtered} onChange={onChange} />);
    await user.click(screen.getByRole("button", { name: "Clear all" }));
    expect(onChange).toHaveBeenCalledWith({ ...defaultView, sort: "priority_name", order: "asc" });
  });

  it("take no room when no filter is active", () => {
    render(<Chips initial={{ ...defaultView, sort: "entered_at" }} />);
    expect(screen.queryByRole("group", { name: "Active filters" })).toBeNull();
  });

  it("disappear once the last filter is removed", async () => {
    const user = userEvent.setup();
    render(<Chips initial={{ ...defaultView, state: "closed" }} />);
    await user.click(screen.getByRole("button", { name: "Remove filter Closed" }));
    expect(screen.queryByRole("group", { name: "Active filters" })).toBeNull();
  });
});
