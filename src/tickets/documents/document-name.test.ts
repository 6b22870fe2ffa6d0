import { describe, expect, it } from "vitest";
import { readableName } from "./document-name";

describe("document names", () => {
  it("shows a reversed extension for what it is, and never a path", () => {
    expect(readableName(`../../"Q3" invoice\u202Efdp.html`)).toBe(`.._.._"Q3" invoicefdp.html`);
    expect(readableName("rack 2 – psu.jpg")).toBe("rack 2 – psu.jpg");
  });

  it("takes out every invisible formatting character, not only the overrides", () => {
    expect(readableName("in\u061Cvoice\u200B\uFEFF\u2060\u00AD.pdf")).toBe("invoice.pdf");
  });

  it("drops the trailing dots and spaces Windows drops when it saves the file", () => {
    expect(readableName("setup.exe. . ")).toBe("setup.exe");
  });

  it("gives a name to a file that has none left", () => {
    expect(readableName("\u202E\u0000 ")).toBe("document");
  });
});
