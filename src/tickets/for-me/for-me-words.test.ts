import { afterEach, describe, expect, it } from "vitest";
import type { FeedItem } from "../../api/activities";
import { applyLanguage, t } from "../../i18n/active-language";
import { ticketHeading, whatHappened } from "./for-me-words";

const item = (templateName: string, who: string | null): FeedItem => ({
  id: "1",
  ticketId: "t1",
  ticketNumber: "1042",
  templateName,
  title: "Server title",
  message: "",
  who,
  createdAt: "2026-12-07T10:00:00Z",
  readOnServer: false,
});

describe("the For me words", () => {
  afterEach(() => applyLanguage("en"));

  it("says what happened in the active language, with the person when the server names one", async () => {
    expect(whatHappened(item("ticket-comment-added", "Ada"))).toBe("Ada commented");
    await applyLanguage("de");
    expect(whatHappened(item("ticket-comment-added", "Ada"))).toBe("Ada hat kommentiert");
    expect(whatHappened(item("ticket-comment-added", null))).toBe("Neuer Kommentar (per E-Mail, Portal oder Web)");
    expect(ticketHeading("1042")).toBe("Ticket 1042");
  });

  it("keeps the server's own title for a template it does not know", async () => {
    await applyLanguage("pl");
    expect(whatHappened(item("project-created", null))).toBe("Server title");
  });

  it("counts the tickets with something new in each language's plural forms", async () => {
    await applyLanguage("pl");
    expect([1, 3, 5, 22].map((n) => t("forMe.newCount", { n }))).toEqual([
      "1 zgłoszenie ma nowości.",
      "3 zgłoszenia mają nowości.",
      "5 zgłoszeń ma nowości.",
      "22 zgłoszenia mają nowości.",
    ]);
    await applyLanguage("pt-BR");
    expect([1, 2].map((n) => t("forMe.newCount", { n }))).toEqual(["1 ticket tem novidades.", "2 tickets têm novidades."]);
  });
});
