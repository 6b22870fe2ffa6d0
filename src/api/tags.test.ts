import { describe, expect, it } from "vitest";
import { fakeAlga } from "../testing/fake-alga";
import { addTicketTag, removeTicketTag, suggestTags } from "./tags";

const tag = (text: string) => ({ tag_id: `m-${text}`, tag_text: text, tagged_id: "t1", background_color: "#fde68a", text_color: null });

describe("ticket tags", () => {
  it("adds one trimmed, lower-cased text to the ticket in the body", async () => {
    const { api, calls } = fakeAlga({ data: { entity_id: "t1", entity_type: "ticket", tags: [tag("vip")], created_count: 1 } });
    expect(await addTicketTag(api, "t1", "  VIP ")).toEqual([tag("vip")]);
    expect(calls[0]).toMatchObject({
      path: "api/v1/tags/entity/ticket/t1",
      method: "POST",
      body: { entity_id: "t1", entity_type: "ticket", tags: ["vip"] },
    });
  });

  it("removes by mapping id with a JSON body", async () => {
    const { api, calls } = fakeAlga({ data: { removed_count: 1 } });
    await removeTicketTag(api, "t1", "m-vip");
    expect(calls[0]).toMatchObject({ method: "DELETE", body: { entity_id: "t1", entity_type: "ticket", tag_ids: ["m-vip"] } });
  });

  it("suggests the most used tags when nothing is typed, and de-duplicated matches otherwise", async () => {
    const { api, calls } = fakeAlga(
      { data: { tags: [{ tag_text: "vip", usage_count: 9, background_color: null, text_color: null }], total_tags: 1, max_weight: 1 } },
      {
        data: [tag("vip"), tag("vip"), tag("vip-gold")],
        pagination: { page: 0, limit: 50, total: 3, totalPages: 1, hasNext: true, hasPrev: false },
      },
    );
    expect(await suggestTags(api, "  ")).toEqual(["vip"]);
    expect(calls[0]).toMatchObject({ path: "api/v1/tags/cloud", query: { entity_type: "ticket", limit: 50 } });
    expect(await suggestTags(api, "VI")).toEqual(["vip", "vip-gold"]);
    expect(calls[1]).toMatchObject({ path: "api/v1/tags/search", query: { search_term: "vi", entity_type: "ticket" } });
  });
});
