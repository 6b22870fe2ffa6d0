import { escapeHtml } from "../http/html";

/**
 * Ticket descriptions and comments are plain text or a serialized BlockNote document (a JSON string
 * starting with `[` or `{`). The real server renders them to HTML and measures their visible text
 * (contract §6.2, §7.2); this is a faithful-enough subset: paragraphs, headings, list items, links.
 */

interface InlineContent {
  type?: string;
  text?: string;
  href?: string;
  content?: InlineContent[] | string;
  styles?: Record<string, unknown>;
}

interface Block {
  type?: string;
  props?: Record<string, unknown>;
  content?: InlineContent[] | string;
  children?: Block[];
}

function parseBlocks(text: string): Block[] | undefined {
  const trimmed = text.trim();
  if (!trimmed.startsWith("[") && !trimmed.startsWith("{")) return undefined;
  try {
    const parsed: unknown = JSON.parse(trimmed);
    const blocks = Array.isArray(parsed) ? parsed : [parsed];
    return blocks.every((block) => typeof block === "object" && block !== null && "type" in block) ? (blocks as Block[]) : undefined;
  } catch {
    return undefined;
  }
}

function inlineText(content: InlineContent[] | string | undefined): string {
  if (typeof content === "string") return content;
  return (content ?? []).map((item) => item.text ?? inlineText(item.content)).join("");
}

function inlineHtml(content: InlineContent[] | string | undefined): string {
  if (typeof content === "string") return escapeHtml(content);
  return (content ?? [])
    .map((item) => {
      if (item.type === "link") return `<a href="${escapeHtml(item.href ?? "")}">${inlineHtml(item.content)}</a>`;
      let html = escapeHtml(item.text ?? "");
      if (item.styles?.bold) html = `<strong>${html}</strong>`;
      if (item.styles?.italic) html = `<em>${html}</em>`;
      if (item.styles?.code) html = `<code>${html}</code>`;
      return html;
    })
    .join("");
}

function blockHtml(block: Block): string {
  const inner = inlineHtml(block.content) + (block.children ?? []).map(blockHtml).join("");
  switch (block.type) {
    case "heading": {
      const level = Math.min(Math.max(Number(block.props?.level) || 1, 1), 6);
      return `<h${level}>${inner}</h${level}>`;
    }
    case "bulletListItem":
      return `<ul><li>${inner}</li></ul>`;
    case "numberedListItem":
      return `<ol><li>${inner}</li></ol>`;
    case "codeBlock":
      return `<pre><code>${inner}</code></pre>`;
    default:
      return `<p>${inner}</p>`;
  }
}

function blockText(block: Block): string {
  return [inlineText(block.content), ...(block.children ?? []).map(blockText)].filter(Boolean).join("\n");
}

/** HTML of stored text: plain text becomes `<p>escaped</p>`; empty or absent becomes `<p></p>`. */
export function renderRichText(text: string | null | undefined): string {
  if (!text) return "<p></p>";
  const blocks = parseBlocks(text);
  return blocks ? blocks.map(blockHtml).join("") || "<p></p>" : `<p>${escapeHtml(text)}</p>`;
}

/** The text a reader sees (what the 5000-character limit counts). */
export function visibleText(text: string): string {
  const blocks = parseBlocks(text);
  return blocks ? blocks.map(blockText).join("\n") : text;
}
