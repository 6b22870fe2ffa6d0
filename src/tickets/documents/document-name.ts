/**
 * A document name as the app shows and saves it. Names come from whoever uploaded the file: bidirectional
 * overrides (which make "…fdp.html" read "…lmth.pdf"), control characters and path separators are taken out.
 */
export function readableName(name: string): string {
  const cleaned = [...name]
    .filter((char) => !isHidden(char.codePointAt(0)!))
    .join("")
    .replace(/[/\\]/g, "_")
    .trim();
  return cleaned || "document";
}

/** C0 controls and DEL, and the bidirectional marks, embeddings, overrides and isolates. */
function isHidden(code: number): boolean {
  return (
    code < 0x20 ||
    code === 0x7f ||
    code === 0x200e ||
    code === 0x200f ||
    (code >= 0x202a && code <= 0x202e) ||
    (code >= 0x2066 && code <= 0x2069)
  );
}
