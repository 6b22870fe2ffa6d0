import { act, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, expect, it, vi } from "vitest";
import { get } from "idb-keyval";
import { startOrExplain } from "./StartFailed";

// WebKit's known failure when the app comes back from the background: every IndexedDB read rejects.
vi.mock("idb-keyval", async (original) => ({
  ...(await original<typeof import("idb-keyval")>()),
  get: () => Promise.reject(new DOMException("Connection to Indexed Database server lost. Refresh the page to try again", "UnknownError")),
}));

afterEach(() => {
  document.body.innerHTML = "";
});

it("replaces the loading skeleton with what happened and a way to try again when the device's storage cannot be read", async () => {
  document.body.innerHTML = `<div id="static-shell" aria-busy="true"><div role="status" aria-label="Loading…"></div></div><div id="root"></div>`;
  const retry = vi.fn();
  await act(() => startOrExplain(() => get("alga.session"), document.getElementById("root")!, retry));

  const alert = await screen.findByRole("alert");
  expect(alert.textContent).toContain("Alga Tickets could not start");
  expect(alert.textContent).toContain("close Alga Tickets in your other tabs");
  expect(document.getElementById("static-shell")).toBeNull();
  await userEvent.click(screen.getByRole("button", { name: "Try again" }));
  expect(retry).toHaveBeenCalledOnce();
});
