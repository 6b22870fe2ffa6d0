import { fireEvent, render, screen } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import type { TicketDetail } from "../../api/schemas/tickets";
import { setUserTimeZone } from "../../lib/user-locale";
import { DueSheet } from "./DueSheet";

const queued = vi.hoisted(() => ({ changes: [] as unknown[] }));
vi.mock("../changes/use-queue-change", () => ({ queueChange: (change: unknown) => queued.changes.push(change) }));
vi.mock("./shown-fields", () => ({ useShownFields: () => ({ dueIso: null }) }));

afterEach(() => {
  setUserTimeZone(undefined);
  queued.changes = [];
});

describe("setting a due date", () => {
  it("means the end of the working day in the user's Alga time zone, not the device's", () => {
    setUserTimeZone("Europe/Warsaw");
    render(<DueSheet ticket={{ ticket_id: "t1", updated_at: "2026-11-01T00:00:00Z" } as TicketDetail} onDone={() => {}} />);
    fireEvent.change(screen.getByLabelText("Due date"), { target: { value: "2026-11-24" } });
    fireEvent.click(screen.getByRole("button", { name: "Set due date" }));
    // 17:00 in Warsaw in November (UTC+1).
    expect(queued.changes).toEqual([expect.objectContaining({ set: { due_date: "2026-11-24T16:00:00.000Z" } })]);
  });
});
