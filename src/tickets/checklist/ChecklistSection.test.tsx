import { screen } from "@testing-library/react";
import { clear } from "idb-keyval";
import { afterEach, beforeEach, expect, it } from "vitest";
import { ApiError } from "../../api/errors";
import { applyLanguage } from "../../i18n/active-language";
import { fakeAlga, ticketId } from "../../testing/fake-alga";
import { renderSignedIn, signIn } from "../../testing/render";
import { ChecklistSection } from "./ChecklistSection";

beforeEach(async () => {
  await clear();
  await signIn();
});
afterEach(() => applyLanguage("en"));

it("says a checklist that failed to load in the user's language", async () => {
  await applyLanguage("de");
  const alga = fakeAlga();
  alga.state.failNext.set(`GET api/v1/tickets/${ticketId}/checklist`, [new ApiError("server", { status: 500 })]);
  renderSignedIn(<ChecklistSection ticket={alga.state.ticket} partial={false} onDiscardComment={async () => undefined} />, alga.api);
  expect((await screen.findByRole("alert")).textContent).toMatch(/^Der Alga-Server/);
});
