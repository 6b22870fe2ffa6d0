import { describe, expect, it } from "vitest";
import * as z from "zod/mini";
import { lenientArray, paginatedEnvelope } from "./envelopes";

const item = z.object({ id: z.string(), title: z.string() });
const pagination = { page: 1, limit: 25, total: 3, totalPages: 1, hasNext: false, hasPrev: false };

describe("lists with a malformed item", () => {
  it("keep the good items of a page and count the one left out", () => {
    const page = paginatedEnvelope(item).parse({
      data: [
        { id: "1", title: "Printer" },
        { id: "2", title: null },
        { id: "3", title: "VPN" },
      ],
      pagination,
    });
    expect(page.data.map((ticket) => ticket.id)).toEqual(["1", "3"]);
    expect(page.skipped).toBe(1);
    expect(page.pagination.total).toBe(3);
  });

  it("still refuse an answer that is not a list at all", () => {
    expect(paginatedEnvelope(item).safeParse({ data: "nope", pagination }).success).toBe(false);
    expect(lenientArray(item).safeParse({}).success).toBe(false);
  });

  it("keep the good items of an array", () => {
    expect(lenientArray(item).parse([{ id: "1", title: "a" }, { id: 2 }])).toEqual([{ id: "1", title: "a" }]);
  });
});
