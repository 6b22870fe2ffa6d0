import { describe, expect, it } from "vitest";
import { sanitizeHtml } from "./sanitize-html";

function render(html: string): HTMLElement {
  const container = document.createElement("div");
  container.innerHTML = sanitizeHtml(html);
  return container;
}

describe("sanitizeHtml", () => {
  it("removes scripts and event handlers but keeps the text around them", () => {
    const container = render('<p>Printer <script>alert(1)</script>offline<img src=x onerror="alert(2)"></p>');
    expect(container.querySelector("script")).toBeNull();
    expect(container.innerHTML).not.toContain("onerror");
    expect(container.textContent).toContain("Printer offline");
  });

  it("opens links outside the app without leaking the referrer", () => {
    const link = render('<a href="https://vendor.example/kb/42">KB article</a>').querySelector("a");
    expect(link?.getAttribute("target")).toBe("_blank");
    expect(link?.getAttribute("rel")).toBe("noopener noreferrer");
  });

  it("drops javascript: links", () => {
    const link = render('<a href="javascript:alert(1)">click</a>').querySelector("a");
    expect(link?.getAttribute("href") ?? "").not.toContain("javascript");
  });

  it("blocks images from other origins", () => {
    const image = render('<img src="https://tracker.example/pixel.gif">').querySelector("img");
    expect(image?.getAttribute("src")).toBeNull();
    expect(image?.getAttribute("alt")).toMatch(/not loaded/);
  });

  it("drops inline styles and forms that could dress up as the app", () => {
    const container = render('<p style="position:fixed;inset:0">x</p><form action="https://evil.example"><input name="password"></form>');
    expect(container.querySelector("[style]")).toBeNull();
    expect(container.querySelector("form, input")).toBeNull();
  });
});
