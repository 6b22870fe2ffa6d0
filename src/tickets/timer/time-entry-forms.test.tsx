import { clear } from "idb-keyval";
import { fireEvent, screen, within } from "@testing-library/react";
import type { ReactNode } from "react";
import { beforeEach, describe, expect, it } from "vitest";
import type { TicketDetail } from "../../api/schemas/tickets";
import { fakeAlga } from "../../testing/fake-alga";
import { renderSignedIn, signIn } from "../../testing/render";
import { EditTimeEntrySheet } from "../time/EditTimeEntrySheet";
import { LogTimeForm } from "../time/LogTimeForm";
import { StopTimerSheet } from "./StopTimerSheet";

beforeEach(async () => {
  await clear();
  localStorage.clear();
  await signIn();
});

const ticket = { ticket_id: "t1", ticket_number: "T-1", title: "Printer" } as TicketDetail;
// The last noon, so that the hour before it never crosses midnight (a timer over midnight asks first) at any hour.
const noon = new Date();
noon.setHours(12, 0, 0, 0);
if (noon.getTime() > Date.now()) noon.setDate(noon.getDate() - 1);
const hourAgo = noon.getTime() - 60 * 60_000;
const forms: [string, () => ReactNode, () => void][] = [
  ["Log time", () => <LogTimeForm ticket={ticket} timer={null} onDone={() => undefined} />, () => undefined],
  [
    "Edit time entry",
    () => (
      <EditTimeEntrySheet
        row={{
          key: "e1",
          start: new Date(hourAgo).toISOString(),
          end: new Date(hourAgo + 30 * 60_000).toISOString(),
          serviceId: null,
          serviceName: null,
          notes: "",
          isBillable: true,
          ticketId: "t1",
          userName: null,
          own: true,
          entry: { id: "e1", updatedAt: null, approved: false },
          pending: null,
          deleting: false,
        }}
        onDone={() => undefined}
      />
    ),
    () => undefined,
  ],
  [
    "Save the timer's time",
    () => (
      <StopTimerSheet
        timer={{
          id: "timer",
          ticketId: "t1",
          ticketNumber: "T-1",
          ticketTitle: "Printer",
          runs: [{ start: hourAgo, end: null }],
          sessionId: null,
        }}
        stoppedAt={noon.getTime()}
        onDone={() => undefined}
      />
    ),
    () => fireEvent.click(screen.getByRole("button", { name: "Change the times" })),
  ],
];

// One form and one rule set for time (time/TimeEntryForm): here, beside the timer, which builds on time/.
describe.each(forms)("the time-entry form in %s", (name, ui, showTimes) => {
  it("says the same thing as the others, under the same field, for the same input", async () => {
    renderSignedIn(ui(), fakeAlga().api);
    showTimes();
    const form = screen.getByRole("form", { name });
    fireEvent.change(within(form).getByLabelText("From"), { target: { value: "2026-11-27T10:00" } });
    fireEvent.change(within(form).getByLabelText("To"), { target: { value: "2026-11-27T09:00" } });
    fireEvent.click(within(form).getByRole("button", { name: /^(Log|Save)/ }));

    const to = within(form).getByLabelText("To");
    expect(to.getAttribute("aria-invalid")).toBe("true");
    expect(document.getElementById(to.getAttribute("aria-describedby")!)?.textContent).toBe("The end must be after the start.");
    const service = within(form).getByRole("combobox", { name: /Service/ });
    expect(document.getElementById(service.getAttribute("aria-describedby")!)?.textContent).toBe("Choose a service.");
    expect(document.activeElement).toBe(to);
  });

  it("takes an entry that crosses midnight", async () => {
    renderSignedIn(ui(), fakeAlga().api);
    showTimes();
    const form = screen.getByRole("form", { name });
    fireEvent.change(within(form).getByLabelText("From"), { target: { value: "2026-11-26T22:30" } });
    fireEvent.change(within(form).getByLabelText("To"), { target: { value: "2026-11-27T01:15" } });
    fireEvent.click(within(form).getByRole("button", { name: /^(Log|Save)/ }));
    expect(within(form).getByLabelText("To").getAttribute("aria-invalid")).toBeNull();
  });
});
