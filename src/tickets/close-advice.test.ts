import { afterEach, describe, expect, it } from "vitest";
import { refusedClose as refused } from "../testing/refused-close";
import { closeRuleFailures } from "../api/close-rules";
import { applyLanguage } from "../i18n/active-language";
import { adviceFor } from "./close-advice";

describe("advice on a refused close", () => {
  afterEach(() => applyLanguage("en"));

  it("says in plain words what failed and what to do", () => {
    const [checklist, fields] = closeRuleFailures(refused)!;
    expect(adviceFor(checklist!)).toEqual({
      problem: "2 required checklist items are not ticked.",
      action: "Tick the required items on the checklist.",
      section: "checklist",
    });
    expect(adviceFor(fields!).problem).toBe("Missing before closing: category.");
    expect(adviceFor({ rule: "resolution_comment", message: "" }).section).toBe("comments");
    expect(adviceFor({ rule: "time_entry", message: "" }).section).toBe("time");
    expect(adviceFor({ rule: "open_children", message: "", open_children_count: 1 }).problem).toBe("1 bundled ticket is still open.");
    expect(adviceFor({ rule: "new_rule", message: "Something the server says" })).toMatchObject({
      problem: "Something the server says",
      section: null,
    });
  });

  it("counts with the language's plural forms and lists the missing fields its way", async () => {
    await applyLanguage("pl");
    const open = (n: number) => adviceFor({ rule: "open_children", message: "", open_children_count: n }).problem;
    expect([1, 3, 5].map(open)).toEqual([
      "1 powiązane zgłoszenie jest nadal otwarte.",
      "3 powiązane zgłoszenia są nadal otwarte.",
      "5 powiązanych zgłoszeń jest nadal otwartych.",
    ]);
    await applyLanguage("pt-BR");
    expect(adviceFor({ rule: "required_fields", message: "", missing_fields: ["category_id", "priority_id"] }).problem).toBe(
      "Falta antes de fechar: categoria e prioridade.",
    );
  });
});
