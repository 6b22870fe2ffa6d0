import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { clear } from "idb-keyval";
import { useState } from "react";
import { beforeEach, describe, expect, it } from "vitest";
import type { TicketDetail } from "../../api/schemas/tickets";
import { fakeAlga, me, ticketId } from "../../testing/fake-alga";
import { renderSignedIn, server, signIn } from "../../testing/render";
import { outboxKey, readQueue } from "../../offline/outbox-store";
import { describeChange, type Change } from "../changes/change";
import { TicketHeader } from "./TicketHeader";
import type { SheetName } from "./sheet-name";
import { TicketSheets } from "./TicketSheets";

/** The fake server's ticket, with the names the header shows. */
const ticket: TicketDetail = {
  ...fakeAlga().state.ticket,
  status_name: "Open",
  status_is_closed: false,
  priority_name: "Low",
  attributes: null,
};

/** The header's chips and the sheets they open, as the ticket screen wires them. */
function ChangeControls() {
  const [sheet, setSheet] = useState<SheetName | null>(null);
  return (
    <>
      <TicketHeader ticket={ticket} partial={false} openSheet={setSheet} />
      <button type="button" onClick={() => setSheet("resolve")}>
        Resolve…
      </button>
      <TicketSheets ticket={ticket} sheet={sheet} onClose={() => setSheet(null)} openSheet={setSheet} showSection={() => undefined} />
    </>
  );
}

const queued = async (): Promise<Change[]> => (await readQueue<Change>(outboxKey(server, me))).map((item) => item.change);
const chip = (field: string) => screen.getByRole("button", { name: new RegExp(`^${field}:`) });

beforeEach(async () => {
  await clear();
  await signIn();
});

function setup() {
  const user = userEvent.setup();
  renderSignedIn(<ChangeControls />, fakeAlga().api);
  return user;
}

describe("the ticket's change controls", () => {
  it("a new status shows on its chip at once, marked as sending, and is queued once", async () => {
    const user = setup();
    await user.click(chip("Status"));
    await user.click(await screen.findByRole("button", { name: "In progress" }));

    await waitFor(() => expect(chip("Status").textContent).toContain("In progress"));
    expect(chip("Status").textContent).toContain("sending");
    expect(await queued()).toEqual([{ kind: "status", ticketId, statusId: "s-progress", label: "In progress" }]);
  });

  it("picking the status the ticket already has changes nothing", async () => {
    const user = setup();
    await user.click(chip("Status"));
    await user.click(await screen.findByRole("button", { name: /^Open/ }));
    expect(screen.queryByRole("dialog")).toBeNull();
    expect(await queued()).toEqual([]);
  });

  it("closing a ticket asks first, and Back leaves it open", async () => {
    const user = setup();
    await user.click(chip("Status"));
    await user.click(await screen.findByRole("button", { name: /^Closed/ }));
    const question = screen.getByRole("group", { name: "Close this ticket as “Closed”?" });

    await user.click(within(question).getByRole("button", { name: "Back" }));
    expect(await queued()).toEqual([]);
    await user.click(await screen.findByRole("button", { name: /^Closed/ }));
    await user.click(screen.getByRole("button", { name: "Close ticket" }));
    await waitFor(async () => expect(await queued()).toEqual([{ kind: "status", ticketId, statusId: "s-closed", label: "Closed" }]));
  });

  it("Resolve offers only the statuses that close the ticket", async () => {
    const user = setup();
    await user.click(screen.getByRole("button", { name: "Resolve…" }));
    const options = await screen.findByRole("group", { name: "Close as" });
    expect(
      within(options)
        .getAllByRole("radio")
        .map((radio) => radio.closest("label")?.textContent),
    ).toEqual(["Closed"]);
  });

  it("Resolve queues the closing status carrying its resolution note, and wants the note first", async () => {
    const user = setup();
    await user.click(screen.getByRole("button", { name: "Resolve…" }));
    await user.click(await screen.findByRole("button", { name: "Resolve ticket" }));
    expect(screen.getByText(/Write what fixed it/)).toBeTruthy();
    await user.type(screen.getByRole("textbox", { name: /^Resolution note/ }), "Replaced the fuser");
    await user.click(screen.getByRole("button", { name: "Resolve ticket" }));
    await waitFor(async () =>
      expect(await queued()).toEqual([
        { kind: "status", ticketId, statusId: "s-closed", label: "Closed", resolution: { text: "Replaced the fuser", isInternal: true } },
      ]),
    );
  });

  it("a double tap on a priority queues one change", async () => {
    const user = setup();
    await user.click(chip("Priority"));
    await user.dblClick(await screen.findByRole("button", { name: "High" }));
    await waitFor(() => expect(chip("Priority").textContent).toContain("High"));
    expect(await queued()).toEqual([{ kind: "priority", ticketId, priorityId: "p-high", label: "High" }]);
  });

  it("a due date is set for the end of that working day, and can be cleared again", async () => {
    const user = setup();
    await user.click(chip("Due"));
    const dialog = await screen.findByRole("dialog");
    expect(within(dialog).getByRole("button", { name: "Set due date" }).hasAttribute("disabled")).toBe(true);
    await user.type(within(dialog).getByLabelText("Due date"), "2026-12-24");
    await user.click(within(dialog).getByRole("button", { name: "Set due date" }));

    await waitFor(() => expect(chip("Due").textContent).toContain("Due"));
    const [due] = await queued();
    expect(due?.kind).toBe("attributes");
    expect(describeChange(due!)).toBe("Due date → 2026-12-24");
    const set = due?.kind === "attributes" ? due.set : {};
    expect(new Date(set.due_date ?? "").getHours()).toBe(17);

    await user.click(chip("Due"));
    await user.click(await screen.findByRole("button", { name: "Clear due date" }));
    await waitFor(async () => expect((await queued()).at(-1)).toMatchObject({ kind: "attributes", set: { due_date: null } }));
  });
});
