import { screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { clear } from "idb-keyval";
import { useState } from "react";
import { beforeEach, describe, expect, it } from "vitest";
import { fakeAlga } from "../../testing/fake-alga";
import { renderSignedIn, signIn } from "../../testing/render";
import { FilterSheet } from "./FilterSheet";
import { defaultView, type ListView } from "./list-view";

/** The sheet over the list, with the view it edits (the list keeps it in the address). */
function Filters({ initial, total }: { initial: ListView; total?: number }) {
  const [view, setView] = useState(initial);
  return (
    <>
      <FilterSheet open onClose={() => undefined} view={view} onChange={setView} total={total} slaKnown={false} />
      <output aria-label="View">{JSON.stringify(view)}</output>
    </>
  );
}

const shownView = () => JSON.parse(screen.getByRole("status", { name: "View" }).textContent ?? "{}") as ListView;

function setup(initial: ListView = defaultView, total?: number) {
  const alga = fakeAlga();
  alga.state.statuses = [
    ...alga.state.statuses,
    { status_id: "s-open-2", board_id: "board-2", name: "Open", is_closed: false, is_default: true, order_number: 1 },
  ];
  renderSignedIn(<Filters initial={initial} total={total} />, alga.api);
  return userEvent.setup();
}

beforeEach(async () => {
  await clear();
  await signIn();
});

describe("the sort and filter sheet", () => {
  it("offers each status name once, though several boards have an 'Open'", async () => {
    setup();
    const status = screen.getByLabelText("Status");
    await waitFor(() => expect(status.querySelectorAll("option")).toHaveLength(4));
    expect([...status.querySelectorAll("option")].map((option) => option.textContent)).toEqual([
      "Any status",
      "Closed",
      "In progress",
      "Open",
    ]);
  });

  it("keeps a filter from the address the server no longer lists, rather than dropping it silently", async () => {
    setup({ ...defaultView, status: "Waiting on parts" });
    expect((screen.getByLabelText("Status") as HTMLSelectElement).value).toBe("Waiting on parts");
  });

  it("changes the view as each control changes, and Reset puts every default back", async () => {
    const user = setup();
    await user.selectOptions(screen.getByLabelText("Assigned to"), "Me");
    await user.selectOptions(screen.getByLabelText("Sort by"), "Priority");
    await waitFor(() => expect(screen.getAllByRole("option", { name: "High" })).not.toHaveLength(0));
    await user.selectOptions(screen.getByLabelText("Priority"), "High");
    expect(shownView()).toMatchObject({ assignee: "me", sort: "priority_name", priority: "High" });

    await user.click(screen.getByRole("button", { name: "Reset" }));
    expect(shownView()).toEqual(defaultView);
  });

  it("says on its button how many tickets the filters leave", () => {
    setup(defaultView, 1234);
    expect(screen.getByRole("button", { name: `Show ${(1234).toLocaleString()} tickets` })).toBeTruthy();
  });

  it("says 'ticket' for one, and makes no promise before the server has counted", () => {
    setup(defaultView, 1);
    expect(screen.getByRole("button", { name: "Show 1 ticket" })).toBeTruthy();
  });
});
