import { describe, expect, it, vi } from "vitest";
import { showCountOnBadge } from "./app-badge";

function badging() {
  return { setAppBadge: vi.fn(() => Promise.resolve()), clearAppBadge: vi.fn(() => Promise.resolve()) };
}

describe("showCountOnBadge", () => {
  it("shows the count, and clears the badge when none wait", () => {
    const api = badging();
    showCountOnBadge(3, api);
    expect(api.setAppBadge).toHaveBeenCalledWith(3);
    showCountOnBadge(0, api);
    expect(api.clearAppBadge).toHaveBeenCalledTimes(1);
    expect(api.setAppBadge).toHaveBeenCalledTimes(1);
  });

  it("does nothing where the Badging API is missing, and swallows a refusal (an unhandled one fails this test)", async () => {
    expect(() => showCountOnBadge(2, {})).not.toThrow();
    const refuse = vi.fn(() => Promise.reject(new DOMException("Not installed", "NotAllowedError")));
    showCountOnBadge(2, { setAppBadge: refuse, clearAppBadge: refuse });
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(refuse).toHaveBeenCalledWith(2);
  });
});
