import { describe, expect, it } from "vitest";
import { safeReturnTo } from "./return-to";

const origin = "https://app.example";

describe("safeReturnTo", () => {
  it("keeps a path of the app, with its filters", () => {
    expect(safeReturnTo("/tickets/42", origin)).toBe("/tickets/42");
    expect(safeReturnTo("/tickets?status=open&q=printer", origin)).toBe("/tickets?status=open&q=printer");
    expect(safeReturnTo("/settings", origin)).toBe("/settings");
  });

  it.each(["//evil.com", "/\\evil.com", "/\t/evil.com", "/\n/evil.com", "https://evil.com/tickets", "/%5Cevil.com", "javascript:alert(1)"])(
    "never leaves the app: %j",
    (value) => {
      expect(safeReturnTo(value, origin)).toBe("/tickets");
    },
  );

  it.each(["/auth/callback", "/signin", "/", "/ticketsx", null])("sends %j to the ticket list (no sign-in loop)", (value) => {
    expect(safeReturnTo(value, origin)).toBe("/tickets");
  });
});
