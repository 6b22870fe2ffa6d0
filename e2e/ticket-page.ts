import type { Page } from "@playwright/test";
import { expect } from "./fixtures";

/** The ticket screen, the way a technician names its parts. */
export function ticketPage(page: Page) {
  const sheet = (name: string) => page.getByRole("dialog", { name });
  return {
    chip: (field: "Status" | "Priority" | "Assignee" | "Due") => page.getByRole("button", { name: new RegExp(`^${field}`) }),
    sheet,
    composer: page.getByRole("textbox", { name: "Comment" }),
    pending: page.getByRole("region", { name: /Not sent yet/ }),
    toast: page.locator(".toast"),

    /**
     * Stops the page's clock, so that the Undo window (5 s) cannot run out while the journey looks at it on a
     * loaded machine; what it returns lets time run again. Timers and requests already under way go on.
     */
    async holdTime() {
      await page.clock.install();
      // The page's own time, a little ahead: on a loaded machine the test's "now" can already be its past.
      await page.clock.pauseAt((await page.evaluate(() => Date.now())) + 1_000);
      return () => page.clock.resume();
    },
    section: (name: string) => page.getByRole("tab", { name: new RegExp(`^${name}`) }),

    async sendNote(text: string, visibility: "Internal" | "Public" = "Internal") {
      // Typed first: the one-line composer at rest shows its Internal/Public switch once it has the focus or a draft.
      await page.getByRole("textbox", { name: "Comment" }).fill(text);
      await page.getByRole("radio", { name: visibility }).check();
      await page.getByRole("button", { name: visibility === "Internal" ? "Send internal note" : "Send public reply" }).click();
    },

    /** The Internal/Public switch: the one-line composer at rest shows it once it has the focus (or a draft). */
    async visibility(name: "Internal" | "Public") {
      await page.getByRole("textbox", { name: "Comment" }).focus();
      return page.getByRole("radio", { name });
    },

    /** Runs one of the rarer actions the dock keeps under More (Resolve goes there too while a timer runs). */
    async moreAction(name: string) {
      await page.getByRole("button", { name: "More actions" }).click();
      await sheet("More actions").getByRole("button", { name }).click();
    },

    /** Opens the Status sheet and picks the first status that is not `current` and does not close the ticket. */
    async pickOpenStatus(current: string): Promise<string> {
      await page.getByRole("button", { name: /^Status/ }).click();
      const options = sheet("Status").getByRole("list", { name: "Statuses" }).getByRole("button");
      await expect(options.first()).toBeVisible();
      const names = (await options.allInnerTexts()).map((text) => text.split("\n")[0]!.trim());
      const next = names.find((name) => name !== current && !/closed|resolved|cancel/i.test(name))!;
      await options.filter({ hasText: next }).first().click();
      return next;
    },

    /** Logs `duration` ending now, or `endMinutesAgo` before now (clear of what the device knows, for refusals Alga is to give). */
    async logTime(duration: string, { endMinutesAgo = 0 } = {}): Promise<{ from: string; to: string }> {
      await page.getByRole("button", { name: "Log time" }).click();
      const form = sheet("Log time").getByRole("form", { name: "Log time" });
      const service = form.getByRole("combobox", { name: "Service" });
      await expect(service.locator("option")).not.toHaveCount(1);
      if (!(await service.inputValue())) await service.selectOption({ index: 1 });
      if (endMinutesAgo > 0) {
        const to = form.getByLabel("To");
        const end = new Date(new Date(`${await to.inputValue()}:00`).getTime() - endMinutesAgo * 60_000);
        await to.fill(`${end.toLocaleDateString("sv")}T${end.toTimeString().slice(0, 5)}`);
      }
      await form.getByRole("button", { name: duration, exact: true }).click();
      // The clock part of each date-and-time value ("2026-11-27T09:15" → "09:15"), as the entry's row shows it.
      const clock = async (label: string) => (await form.getByLabel(label).inputValue()).slice(11);
      const range = { from: await clock("From"), to: await clock("To") };
      await form.getByRole("button", { name: /^Log / }).click();
      return range;
    },
  };
}
