/**
 * A document name as the app shows, saves and uploads it. Names come from whoever uploaded or shared the
 * file: control characters, every invisible formatting character (bidirectional overrides make "…fdp.html"
 * read "…lmth.pdf"; a zero-width space hides ".exe" from a check) and path separators are taken out, and so
 * are trailing dots and spaces, which Windows drops when it saves the file.
 */
export function readableName(name: string): string {
  const cleaned = name
    .replace(/[\p{Cc}\p{Bidi_Control}\p{Default_Ignorable_Code_Point}]/gu, "")
    .replace(/[/\\]/g, "_")
    .replace(/[\s.]+$/u, "")
    .trim();
  return cleaned || "document";
}
