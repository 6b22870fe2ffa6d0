import DOMPurify from "dompurify";

/**
 * Server HTML (`description_html`, `comment_html`) is untrusted: ticket text comes from e-mails and
 * client portals. Keep formatting, drop scripts, styles and forms; links open outside the app without
 * a referrer; images from other origins are blocked (they would tell a sender when the ticket was read).
 */
const purifier = DOMPurify(window);

purifier.addHook("afterSanitizeAttributes", (node) => {
  if (node.tagName === "A") {
    node.setAttribute("target", "_blank");
    node.setAttribute("rel", "noopener noreferrer");
  }
  if (node.tagName === "IMG") {
    if (!isSameOrigin(node.getAttribute("src") ?? "")) {
      node.removeAttribute("src");
      node.removeAttribute("srcset");
      node.setAttribute("alt", node.getAttribute("alt") || "(image from another site, not loaded)");
    }
  }
});

function isSameOrigin(src: string): boolean {
  try {
    return new URL(src, location.href).origin === location.origin;
  } catch {
    return false;
  }
}

export function sanitizeHtml(html: string): string {
  return purifier.sanitize(html, {
    FORBID_TAGS: ["style", "form", "input", "button", "textarea", "select", "iframe", "object", "embed", "svg", "math"],
    FORBID_ATTR: ["style", "class", "id"],
    ALLOW_DATA_ATTR: false,
  });
}
