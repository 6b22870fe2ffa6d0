// @vitest-environment jsdom
import { describe, expect, it } from "vitest";
import corpus from "./xss-corpus.json";
import { sanitizeHtml } from "./sanitize-html";

/*
 * Known XSS and exfiltration vectors, taken as data (see `sources` in xss-corpus.json):
 * - the HTML5 Security Cheatsheet by Cure53, https://github.com/cure53/H5SC (items.js, MPL-2.0);
 * - DOMPurify's own test fixtures, https://github.com/cure53/DOMPurify (test/fixtures/expect.mjs, MPL-2.0 or Apache-2.0).
 * Each goes through the app's sanitiser and is rendered in a DOM (jsdom).
 */
const SERVER = "https://psa.example.com";
const URL_ATTRIBUTES = new Set(["href", "src"]);

function render(payload: string): HTMLElement {
  const container = document.createElement("div");
  container.innerHTML = String(sanitizeHtml(payload, SERVER));
  return container;
}

describe("the sanitiser against known vectors", () => {
  it("has a few hundred vectors", () => {
    expect(corpus.vectors.length).toBeGreaterThan(300);
  });

  it.each(corpus.vectors.map((vector) => [vector.source, vector.payload] as const))("%s renders inert", (_source, payload) => {
    const container = render(payload);
    expect(container.querySelector("script, style, iframe, object, embed, form, svg, math, base, meta, link")).toBeNull();
    for (const element of container.querySelectorAll("*")) {
      for (const { name, value } of element.attributes) {
        expect(name, `event handler on <${element.tagName}>`).not.toMatch(/^on/i);
        if (!URL_ATTRIBUTES.has(name)) {
          // Text attributes (alt, title) may quote a URL; they never load or navigate.
          expect(
            ["alt", "title", "target", "rel", "referrerpolicy", "loading"].includes(name) || !/[:/]/.test(value),
            `${name}="${value}"`,
          ).toBe(true);
          continue;
        }
        const url = new URL(value, `${SERVER}/`);
        if (name === "src") {
          // Images: the Alga server's own files or inline pictures, nothing else.
          expect(url.origin === SERVER || /^data:image\/(png|gif|jpeg|webp);base64,/.test(value), `src="${value}"`).toBe(true);
        } else {
          expect(["https:", "http:", "mailto:", "tel:"], `href="${value}"`).toContain(url.protocol);
          expect(url.pathname + url.search, `live sign-in link ${value}`).not.toMatch(/auth|handoff|ott=/i);
          if (url.protocol.startsWith("http")) expect(element.getAttribute("rel")).toBe("noopener noreferrer");
        }
      }
    }
  });
});
