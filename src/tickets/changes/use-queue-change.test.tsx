import { act, render, screen } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";
import type { DeliveredChange } from "../../offline/outbox-runtime";
import { showToast, ToastHost } from "../../ui/Toast";
import type { Change, QueuedChange } from "./change";
import { useDeliveredToasts } from "./use-queue-change";

let delivered: DeliveredChange<Change>[] = [];
vi.mock("./ticket-outbox", () => ({ useDeliveredChanges: () => delivered, outbox: {} }));

const sent = (id: string, label: string): DeliveredChange<Change> => ({
  item: { id, change: { kind: "status", ticketId: "t1", statusId: label, label } } as QueuedChange,
  at: Date.now(),
});

function Screen() {
  useDeliveredToasts();
  return <ToastHost />;
}

describe("the toast of a change", () => {
  it("says Sent ✓ when its change is delivered in a burst with others, not only when it is the last", () => {
    const { rerender } = render(<Screen />);
    act(() => showToast({ key: "mine", message: "Status: Waiting" }));
    // One burst: ours, then a change another tab sent (no toast here), published together.
    delivered = [sent("mine", "Waiting"), sent("other-tab", "Closed")];
    rerender(<Screen />);
    expect(screen.getByRole("status").textContent).toContain("Sent ✓");
  });
});
