import DOMPurify from "dompurify";
import { classifyLink, imageSource } from "../server-links";

/**
 * Server HTML (`description_html`, `comment_html`) is untrusted: ticket text comes from e-mails and
 * client portals. Only formatting survives, from an allowlist: no scripts, styles, forms, media, image
 * maps, dialogs, SVG or MathML, and no attribute that loads anything (srcset, background, poster…).
 * URLs are resolved against the Alga server that sent the content, never the app's origin. Images load
 * only from that server; links to Alga's sign-in flow are defused; other links open outside
 * the app after a confirmation that names their host (ServerHtml).
 */
// The module's own instance: each instance asks for a Trusted Types policy named "dompurify", and the
// Content-Security-Policy allows that name once (scripts/content-security-policy.ts).
const purifier = DOMPurify;

const ALLOWED_TAGS = [
  ...["p", "br", "hr", "div", "span", "blockquote", "pre", "code", "kbd", "samp"],
  ...["h1", "h2", "h3", "h4", "h5", "h6"],
  ...["b", "strong", "i", "em", "u", "s", "del", "ins", "mark", "small", "sub", "sup", "abbr", "q"],
  ...["ul", "ol", "li", "dl", "dt", "dd"],
  ...["table", "caption", "thead", "tbody", "tfoot", "tr", "th", "td"],
  ...["a", "img", "figure", "figcaption"],
];
const ALLOWED_ATTR = ["href", "src", "alt", "title", "dir", "lang", "start", "reversed", "colspan", "rowspan", "scope", "width", "height"];

/** Bigger than any real ticket; a bigger answer is cut rather than freezing the phone's main thread. */
export const MAX_HTML_CHARS = 200_000;

// The server of the content being sanitised; sanitize() is synchronous, so the hook reads it safely.
let server = "";

purifier.addHook("afterSanitizeAttributes", (node) => {
  if (node.tagName === "A") defuseLink(node);
  if (node.tagName === "IMG") keepOwnImage(node);
});

function defuseLink(node: Element): void {
  const link = classifyLink(node.getAttribute("href") ?? "", server);
  node.removeAttribute("href");
  if (link.kind === "sign-in") {
    const warning = node.ownerDocument.createElement("strong");
    warning.textContent = " (sign-in link removed: opening it could hand your Alga session to someone else)";
    node.after(warning);
    return;
  }
  if (link.kind === "none") return;
  node.setAttribute("href", link.href);
  if (link.kind === "web") {
    node.setAttribute("target", "_blank");
    node.setAttribute("rel", "noopener noreferrer");
  }
}

function keepOwnImage(node: Element): void {
  const source = imageSource(node.getAttribute("src") ?? "", server);
  node.removeAttribute("src");
  if (source) {
    node.setAttribute("src", source);
    node.setAttribute("referrerpolicy", "no-referrer");
    node.setAttribute("loading", "lazy");
  } else {
    node.setAttribute("alt", node.getAttribute("alt") || "(image from another site, not loaded)");
  }
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

const TOO_LONG_NOTE = "<p><strong>(This text is too long to show in full here. Open the ticket in Alga to read the rest.)</strong></p>";

/**
 * Sanitises HTML that `fromServer` (an origin) sent, for `dangerouslySetInnerHTML`: as the Trusted Types
 * object the page's policy requires (`require-trusted-types-for 'script'`) where the browser has them.
 */
export function sanitizeHtml(html: string, fromServer: string) {
  // DOMPurify hands its input back untouched where it cannot run (no DOM): show the markup as text instead.
  if (!purifier.isSupported) return escapeHtml(html);
  const tooLong = html.length > MAX_HTML_CHARS;
  server = fromServer;
  // The note is sanitised with the text: a TrustedHTML cannot be added to afterwards.
  return purifier.sanitize(tooLong ? html.slice(0, MAX_HTML_CHARS) + TOO_LONG_NOTE : html, {
    ALLOWED_TAGS,
    ALLOWED_ATTR,
    ALLOW_DATA_ATTR: false,
    ALLOW_ARIA_ATTR: false,
    RETURN_TRUSTED_TYPE: true,
  });
}

/** The words of server HTML, parsed by the sanitiser (DOMParser is a Trusted Types sink) with no element kept. */
export function htmlText(html: string): string {
  return purifier.sanitize(html, { ALLOWED_TAGS: [], RETURN_DOM_FRAGMENT: true }).textContent ?? "";
}
