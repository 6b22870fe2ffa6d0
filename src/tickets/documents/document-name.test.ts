import { describe, expect, it } from "vitest";
import { readableName } from "./document-name";

describe("document names", () => {
  it("shows a reversed extension for what it is, and never a path", () => {
    expect(readableName(`../../"Q3" invoice\u202Efdp.html`)).toBe(`.._.._"Q3" invoicefdp.html`);
    expect(readableName("rack 2 – psu.jpg")).toBe("rack 2 – psu.jpg");
  });

  it("gives a name to a file that has none left", () => {
    expect(readableName("\u202E\u0000 ")).toBe("document");
  });
});
