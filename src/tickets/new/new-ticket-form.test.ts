import { describe, expect, it } from "vitest";
import { DESCRIPTION_MAX, emptyDraft, refusalsOnFields, validateDraft, type NewTicketDraft } from "./new-ticket-form";

const filled: NewTicketDraft = {
  ...emptyDraft({ id: "me", name: "Ada" }),
  title: "  Printer offline  ",
  description: "Paper jam on floor 2\n",
  client: { id: "c1", name: "Acme" },
  board: { id: "b1", name: "Service Desk" },
  status: { id: "s1", name: "New" },
  priority: { id: "p1", name: "High" },
};

describe("the new ticket form", () => {
  it("says what is missing, field by field, on an empty form", () => {
    const { errors, choices } = validateDraft(emptyDraft(null));
    expect(choices).toBeNull();
    expect(Object.keys(errors).sort()).toEqual(["board", "client", "priority", "status", "title"]);
    expect(errors.status).toBe("Choose a board first, then its status.");
  });

  it("refuses a blank title and says how long a long one is", () => {
    expect(validateDraft({ ...filled, title: "   " }).errors.title).toMatch(/Enter a title/);
    expect(validateDraft({ ...filled, title: "x".repeat(256) }).errors.title).toBe("Shorten the title to 255 characters (it has 256).");
    expect(validateDraft({ ...filled, title: "x".repeat(255) }).errors).toEqual({});
  });

  it("takes a 10 000-character description, and explains the limit beyond it", () => {
    expect(validateDraft({ ...filled, description: "a".repeat(10_000) }).errors).toEqual({});
    expect(validateDraft({ ...filled, description: "a".repeat(DESCRIPTION_MAX + 1) }).errors.description).toMatch(
      /attach long logs as a file/,
    );
  });

  it("queues the trimmed text with the picks, the assignee included", () => {
    const { choices } = validateDraft(filled);
    expect(choices).toMatchObject({ title: "Printer offline", description: "Paper jam on floor 2", assignee: { id: "me", name: "Ada" } });
  });

  it("puts the server's refusal on the fields it names, and the rest on the form", () => {
    const errors = refusalsOnFields({
      kind: "validation",
      message: "Validation failed",
      details: [
        { path: ["location_id"], message: "Invalid location: Location does not belong to the selected client" },
        { path: [], message: "Ticket title is required" },
        { path: ["subcategory_id"], message: "Invalid category combination" },
      ],
    });
    expect(errors).toEqual({
      location: "Invalid location: Location does not belong to the selected client",
      title: "Ticket title is required",
      category: "Invalid category combination",
    });
    expect(refusalsOnFields({ kind: "forbidden", message: "Permission denied: Cannot create ticket", details: undefined })).toEqual({
      form: "Permission denied: Cannot create ticket",
    });
  });
});
