import { describe, expect, it } from "vitest";
import { activeFilters, defaultView, paramsFromView, queryFromView, viewChips, viewFromParams } from "./list-view";

describe("list view in the URL", () => {
  it("round-trips a filtered view and leaves defaults out of the address", () => {
    const view = {
      ...defaultView,
      search: "printer",
      assignee: "me" as const,
      priority: "High",
      sort: "priority_name" as const,
      order: "asc" as const,
    };
    const params = paramsFromView(view);
    expect(params.toString()).toBe("q=printer&assignee=me&priority=High&sort=priority_name&order=asc");
    expect(viewFromParams(params)).toEqual(view);
    expect(paramsFromView(defaultView).toString()).toBe("");
  });

  it("ignores values it does not know instead of sending them to the server", () => {
    const view = viewFromParams(new URLSearchParams("state=deleted&sort=drop_table&order=sideways&since=1y"));
    expect(view).toEqual(defaultView);
  });
});

describe("queryFromView", () => {
  const now = Date.parse("2026-11-28T12:00:30.000Z");

  it("asks for open tickets, most recently updated first, by default", () => {
    expect(queryFromView(defaultView, "me-id", now)).toEqual({ sort: "updated_at", order: "desc", is_open: true });
  });

  it("maps each filter to the server's parameters, sending only `true` booleans it honours", () => {
    const query = queryFromView(
      { ...defaultView, state: "closed", assignee: "me", status: "In Progress", priority: "High", since: "1d", search: "  TIC0010 " },
      "me-id",
      now,
    );
    expect(query).toEqual({
      sort: "updated_at",
      order: "desc",
      is_closed: true,
      assigned_to: "me-id",
      status_name: "In Progress",
      priority_name: "High",
      updated_from: "2026-11-27T12:00:00.000Z",
      search: "TIC0010",
    });
    expect(queryFromView({ ...defaultView, state: "all", assignee: "unassigned" }, "me-id", now)).toEqual({
      sort: "updated_at",
      order: "desc",
      has_assignment: false,
    });
  });
});

describe("activeFilters", () => {
  it("lists one chip per filter, each removing only itself", () => {
    const view = { ...defaultView, assignee: "unassigned" as const, priority: "Critical" };
    const chips = activeFilters(view);
    expect(chips.map((chip) => chip.label)).toEqual(["Unassigned", "Priority: Critical"]);
    expect(chips[1]!.without).toEqual({ ...view, priority: "" });
    expect(activeFilters(defaultView)).toEqual([]);
  });
});

describe("viewChips", () => {
  it("leaves out what a pressed quick filter or the search box already shows", () => {
    const view = { ...defaultView, search: "printer", assignee: "me" as const, priority: "High", status: "New" };
    expect(viewChips(view).map((chip) => chip.label)).toEqual(["Status: New"]);
  });

  it("shows a filter no quick filter expresses, and an unusual sort that can be removed", () => {
    const view = { ...defaultView, priority: "Critical", since: "7d" as const, sort: "entered_at" as const, order: "asc" as const };
    const chips = viewChips(view);
    expect(chips.map((chip) => chip.label)).toEqual(["Priority: Critical", "Updated: last 7 days", "Sorted by created, ascending"]);
    expect(chips[2]!.without).toEqual({ ...view, sort: "updated_at", order: "desc" });
    expect(viewChips(defaultView)).toEqual([]);
  });
});

describe("tag and SLA filters", () => {
  it("keep a tag in the address, lower-case as the server matches it, and send it as `tags`", () => {
    const view = viewFromParams(new URLSearchParams("tag=VIP"));
    expect(view.tag).toBe("vip");
    expect(paramsFromView(view).toString()).toBe("tag=vip");
    expect(queryFromView(view, "me")).toMatchObject({ tags: "vip", is_open: true });
    expect(activeFilters(view).map((chip) => chip.label)).toEqual(["Tag: vip"]);
  });

  it("ask for the rows with SLA columns, open only, soonest resolution first, under SLA at risk", () => {
    const view = viewFromParams(new URLSearchParams("sla=risk&state=closed"));
    const query = queryFromView(view, "me");
    expect(query).toMatchObject({ withSla: true, is_open: true, sort: "sla_resolution_due_at", order: "asc" });
    expect(query.is_closed).toBeUndefined();
    expect(queryFromView(defaultView, "me").withSla).toBeUndefined();
  });
});
