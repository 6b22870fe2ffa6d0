import { describe, expect, it } from "vitest";
import en from "./catalogues/en";
import fr from "./catalogues/fr";
import pl from "./catalogues/pl";
import de from "./catalogues/de";
import { formatMessage } from "./format-message";

const count = (catalogue: { list: { count: Parameters<typeof formatMessage>[0] } }, locale: string, n: number) =>
  formatMessage(catalogue.list.count, { n }, locale);

describe("plural forms by the language's rules", () => {
  it("English: one ticket, two tickets", () => {
    expect([1, 2, 0].map((n) => count(en, "en", n))).toEqual(["1 ticket", "2 tickets", "0 tickets"]);
  });

  it("French: 0 and 1 take the singular", () => {
    expect([0, 1, 2].map((n) => count(fr, "fr", n))).toEqual(["0 ticket", "1 ticket", "2 tickets"]);
  });

  it("Polish: one, few and many (1, 2–4, 5–21, 22–24, 25…)", () => {
    expect([1, 2, 5, 22, 25].map((n) => count(pl, "pl", n))).toEqual([
      "1 zgłoszenie",
      "2 zgłoszenia",
      "5 zgłoszeń",
      "22 zgłoszenia",
      "25 zgłoszeń",
    ]);
  });

  it("writes numbers with the language's separators", () => {
    expect(count(de, "de", 1234)).toBe("1.234 Tickets");
    expect(count(en, "en", 1234)).toBe("1,234 tickets");
  });
});

describe("placeholders", () => {
  it("fills named placeholders, whatever their order in the sentence", () => {
    expect(formatMessage("{name} is signed in to {host} in another window.", { host: "psa.example.com", name: "Ana" }, "en")).toBe(
      "Ana is signed in to psa.example.com in another window.",
    );
  });
  it("leaves a placeholder it has no value for, to be filled with an element (RichText)", () => {
    expect(formatMessage("{enter} to open", {}, "en")).toBe("{enter} to open");
  });
});

describe("names put into a sentence", () => {
  it("cannot turn the rest of the sentence around with a bidirectional control", () => {
    const text = formatMessage("{name} is a program.", { name: "invoice\u202Egpj.exe" }, "en");
    expect(text).toBe("invoicegpj.exe is a program.");
  });
});
