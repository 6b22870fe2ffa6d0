import { cleanup, render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it, vi } from "vitest";
import { PublicReplyNotice, type Quiet, type ReplyContact } from "./PublicReplyNotice";

const notice = (contact: ReplyContact | null, quiet: Quiet = "none", onQuiet = () => undefined) =>
  render(<PublicReplyNotice id="who" contact={contact} quiet={quiet} onQuiet={onQuiet} />);

afterEach(cleanup);

describe("who a public reply e-mails", () => {
  it("names the contact, or says nobody at the client is e-mailed and why", () => {
    notice({ name: "Felix Becker", email: "felix@example.com" });
    expect(screen.getByText("Felix Becker will get an e-mail.")).toBeTruthy();
    notice({ name: "Ana Lima", email: null });
    expect(screen.getByText("Ana Lima has no e-mail address in Alga: nobody at the client gets an e-mail.")).toBeTruthy();
    notice(null);
    expect(screen.getByText(/This ticket has no contact: nobody at the client gets an e-mail/)).toBeTruthy();
    notice({ name: "Felix Becker" }, "client");
    expect(screen.getByText("Nobody at the client gets an e-mail.")).toBeTruthy();
  });

  it("offers leaving the team out only once the client is left out (the server's pairing rule)", async () => {
    const onQuiet = vi.fn();
    const { rerender } = notice({ name: "Felix Becker" }, "none", onQuiet);
    expect(screen.queryByRole("checkbox", { name: "Don't notify the team either" })).toBeNull();
    await userEvent.click(screen.getByRole("checkbox", { name: "Don't e-mail Felix Becker" }));
    expect(onQuiet).toHaveBeenLastCalledWith("client");

    rerender(<PublicReplyNotice id="who" contact={{ name: "Felix Becker" }} quiet="client" onQuiet={onQuiet} />);
    await userEvent.click(screen.getByRole("checkbox", { name: "Don't notify the team either" }));
    expect(onQuiet).toHaveBeenLastCalledWith("everyone");
  });
});
