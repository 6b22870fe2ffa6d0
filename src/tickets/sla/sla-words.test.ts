import { afterEach, describe, expect, it } from "vitest";
import { applyLanguage } from "../../i18n/active-language";
import { rowBadge, targetTiming } from "./sla-words";

const minutes = (count: number) => count * 60_000;

describe("SLA words", () => {
  it("says what is left, how late, or what is frozen by a pause", () => {
    const dueAt = new Date();
    expect(targetTiming({ state: "at_risk", dueAt, remainingMs: minutes(45) })).toBe("due in 45 min");
    expect(targetTiming({ state: "breached", dueAt, remainingMs: -minutes(120) })).toBe("2 h overdue");
    expect(targetTiming({ state: "paused", dueAt, remainingMs: minutes(21 * 60) })).toBe("21 h left when it resumes");
    expect(targetTiming({ state: "met", dueAt, remainingMs: null })).toBe("");
  });

  it("puts the state and its time in one phrase on a list row", () => {
    const dueAt = new Date();
    expect(rowBadge({ state: "at_risk", dueAt, remainingMs: minutes(22) })).toBe("SLA at risk · due in 22 min");
    expect(rowBadge({ state: "breached", dueAt, remainingMs: -minutes(120) })).toBe("SLA breached 2 h ago");
    expect(rowBadge({ state: "met", dueAt, remainingMs: null })).toBeNull();
  });

  describe("under a minute", () => {
    afterEach(() => applyLanguage("en"));

    it("has a sentence of its own, declined as each language needs", async () => {
      const dueAt = new Date();
      expect(targetTiming({ state: "at_risk", dueAt, remainingMs: 30_000 })).toBe("due in under a minute");
      await applyLanguage("de");
      expect(targetTiming({ state: "at_risk", dueAt, remainingMs: 30_000 })).toBe("fällig in weniger als einer Minute");
      expect(targetTiming({ state: "breached", dueAt, remainingMs: -30_000 })).toBe("weniger als eine Minute überfällig");
      await applyLanguage("pl");
      expect(targetTiming({ state: "paused", dueAt, remainingMs: 30_000 })).toBe("po wznowieniu zostanie mniej niż minuta");
      expect(targetTiming({ state: "breached", dueAt, remainingMs: -minutes(90) })).toBe("1 godz. 30 min po terminie");
    });
  });
});
