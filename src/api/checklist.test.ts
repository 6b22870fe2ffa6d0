import { describe, expect, it } from "vitest";
import { fakeAlga } from "../testing/fake-alga";
import { addChecklistItem, checklistProgress, getChecklist, setChecklistItemCompleted } from "./checklist";
import type { ChecklistItem } from "./schemas/checklist";

const item = (overrides: Partial<ChecklistItem> = {}): ChecklistItem => ({
  checklist_item_id: "i1",
  ticket_id: "t1",
  item_name: "Replace toner",
  description: null,
  order_number: 0,
  is_required: true,
  completed: false,
  completed_by: null,
  completed_at: null,
  completed_by_name: null,
  source: "manual",
  ...overrides,
});

describe("checklist", () => {
  it("always sends is_required, which the server would default to true", async () => {
    const { api, calls } = fakeAlga({ data: item({ is_required: false }) });
    await addChecklistItem(api, "t1", { itemName: "Label the cable", isRequired: false });
    expect(calls[0]).toMatchObject({
      path: "api/v1/tickets/t1/checklist",
      method: "POST",
      body: { item_name: "Label the cable", is_required: false },
    });
  });

  it("ticks with PATCH and reads the list", async () => {
    const { api, calls } = fakeAlga({ data: item({ completed: true, completed_by_name: "Taylor Morgan" }) }, { data: [item()] });
    expect((await setChecklistItemCompleted(api, "t1", "i1", true)).completed_by_name).toBe("Taylor Morgan");
    expect(calls[0]).toMatchObject({ path: "api/v1/tickets/t1/checklist/i1", method: "PATCH", body: { completed: true } });
    expect(await getChecklist(api, "t1")).toHaveLength(1);
  });

  it("counts progress and the required items still open", () => {
    const items = [item({ completed: true }), item({ is_required: true }), item({ is_required: false })];
    expect(checklistProgress(items)).toEqual({ done: 1, total: 3, requiredOpen: 1 });
    expect(checklistProgress([])).toEqual({ done: 0, total: 0, requiredOpen: 0 });
  });
});
