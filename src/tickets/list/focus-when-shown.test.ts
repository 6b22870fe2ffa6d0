// @vitest-environment jsdom
import { afterEach, describe, expect, it } from "vitest";
import { focusWhenShown, ticketHeading } from "./focus-when-shown";

const nextMutation = () => new Promise((resolve) => setTimeout(resolve, 0));

describe("focusWhenShown", () => {
  afterEach(() => document.body.replaceChildren());

  it("focuses the heading once it is rendered, and again when a re-render replaces it", async () => {
    const pane = document.createElement("div");
    document.body.append(pane);
    const stop = focusWhenShown(pane, ticketHeading);
    expect(document.activeElement).toBe(document.body);

    pane.innerHTML = "<h1>Ticket</h1>";
    await nextMutation();
    expect(document.activeElement).toBe(pane.querySelector("h1"));
    expect(pane.querySelector("h1")!.tabIndex).toBe(-1);

    pane.innerHTML = "<header><h1>TIC001235</h1></header><button>Send</button>";
    await nextMutation();
    expect(document.activeElement?.textContent).toBe("TIC001235");
    stop();
  });

  it("leaves focus where the user put it meanwhile", async () => {
    const pane = document.createElement("div");
    const search = document.createElement("input");
    document.body.append(search, pane);
    const stop = focusWhenShown(pane, ticketHeading);
    search.focus();
    pane.innerHTML = "<h1>TIC001235</h1>";
    await nextMutation();
    expect(document.activeElement).toBe(search);
    stop();
  });
});
