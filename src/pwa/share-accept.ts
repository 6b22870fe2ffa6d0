/**
 * What the manifest's share_target takes (Android offers the app only for these) and what the service
 * worker keeps of a share: a web page can post anything to it. Text is plain text and CSV only: text/*
 * would take HTML, which runs script when opened.
 */
export const SHARE_ACCEPT = [
  ...["image/*", "video/*", "application/pdf", "text/plain", "text/csv"],
  ...[".pdf", ".txt", ".csv", ".log", ".zip", ".docx", ".xlsx", ".pptx", ".doc", ".xls"],
];

const types = SHARE_ACCEPT.filter((accept) => !accept.startsWith("."));
const extensions = SHARE_ACCEPT.filter((accept) => accept.startsWith("."));

/**
 * As the share sheet matches (a listed type or a listed extension), except that a file typed as another
 * kind of text is refused whatever its name: "invoice.pdf" sent as text/html opens as a page.
 */
export function isShareable(file: { name: string; type: string }): boolean {
  const type = file.type.split(";")[0]!.trim().toLowerCase();
  const typeListed = types.some((accept) => (accept.endsWith("/*") ? type.startsWith(accept.slice(0, -1)) : type === accept));
  if (typeListed) return true;
  const name = file.name.toLowerCase();
  return !type.startsWith("text/") && extensions.some((extension) => name.endsWith(extension));
}
