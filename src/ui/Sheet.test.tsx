import { cleanup, render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it } from "vitest";
import { Sheet } from "./Sheet";

function Options() {
  return (
    <Sheet open onClose={() => undefined} title="Status">
      <input type="search" aria-label="Find a status" />
      <ul>
        {["New", "In Progress", "Waiting", "Closed"].map((name) => (
          <li key={name}>
            <button type="button" disabled={name === "Waiting"}>
              {name}
            </button>
          </li>
        ))}
      </ul>
      <textarea aria-label="Note" />
    </Sheet>
  );
}

afterEach(cleanup);

const focused = () => document.activeElement;

describe("a sheet's options and the keyboard", () => {
  it("Down and Up move between the options, past a disabled one, and stop at the ends", async () => {
    const user = userEvent.setup();
    render(<Options />);
    screen.getByRole("button", { name: "New" }).focus();
    await user.keyboard("{ArrowDown}");
    expect(focused()).toBe(screen.getByRole("button", { name: "In Progress" }));
    await user.keyboard("{ArrowDown}");
    expect(focused()).toBe(screen.getByRole("button", { name: "Closed" }));
    await user.keyboard("{ArrowDown}");
    expect(focused()).toBe(screen.getByRole("button", { name: "Closed" }));
    await user.keyboard("{Home}");
    expect(focused()).toBe(screen.getByRole("button", { name: "New" }));
    await user.keyboard("{ArrowUp}{End}{ArrowUp}");
    expect(focused()).toBe(screen.getByRole("button", { name: "In Progress" }));
  });

  it("Down from the search field goes to the first option; in a text box the keys stay the text box's", async () => {
    const user = userEvent.setup();
    render(<Options />);
    await user.click(screen.getByRole("searchbox", { name: "Find a status" }));
    await user.keyboard("{ArrowDown}");
    expect(focused()).toBe(screen.getByRole("button", { name: "New" }));
    await user.click(screen.getByRole("textbox", { name: "Note" }));
    await user.keyboard("{ArrowDown}{Home}");
    expect(focused()).toBe(screen.getByRole("textbox", { name: "Note" }));
  });
});
