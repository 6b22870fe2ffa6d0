import { formatBytes } from "../../lib/format-bytes";
import { t } from "../../i18n/active-language";
import { MAX_UPLOAD_BYTES } from "../../lib/upload-limit";
import { readableName } from "./document-name";

// Programs, scripts and what installs or mounts them: they run when opened, and the ticket's readers (and
// mail filters on the way) should not get them loose.
const PROGRAM_EXTENSIONS = new Set([
  ...["exe", "msi", "msp", "dll", "scr", "com", "pif", "cpl", "lnk", "jar", "apk", "app"],
  ...["bat", "cmd", "ps1", "psm1", "vbs", "vbe", "js", "jse", "wsf", "wsh", "hta", "reg", "scf"],
  ...["msix", "msixbundle", "appx", "appxbundle", "appinstaller", "iso", "img", "vhd", "vhdx"],
]);
const PROGRAM_TYPES = new Set([
  "application/x-msdownload",
  "application/x-msi",
  "application/x-ms-installer",
  "application/vnd.microsoft.portable-executable",
  "application/x-dosexec",
  "application/java-archive",
  "application/vnd.android.package-archive",
]);

export interface FileFacts {
  name: string;
  size: number;
  type: string;
}

/** Why a file cannot be attached, in words for the technician, or null when it can. */
export function uploadRefusal(file: FileFacts): string | null {
  // The name as it is uploaded and saved, so the check and the download never see two names.
  const name = readableName(file.name);
  if (programExtensions(name).some((extension) => PROGRAM_EXTENSIONS.has(extension)) || PROGRAM_TYPES.has(file.type)) {
    return t("documents.program", { name });
  }
  if (file.size === 0) return t("documents.empty", { name });
  if (file.size > MAX_UPLOAD_BYTES) {
    return t("documents.tooBig", { name, size: formatBytes(file.size), max: formatBytes(MAX_UPLOAD_BYTES) });
  }
  return null;
}

/**
 * The extension of each part of a name split at colons: on Windows "setup.exe::$DATA" and
 * "setup.exe:Zone.Identifier" name streams of setup.exe, and a colon cannot be in a file name.
 */
function programExtensions(name: string): string[] {
  return name.split(":").map((part) => {
    const trimmed = part.replace(/[\s.]+$/u, "");
    return trimmed.includes(".") ? trimmed.split(".").pop()!.toLowerCase() : "";
  });
}

/** The MIME type to upload under: the server stores what the part declares, and nothing for an unknown one. */
export const uploadType = (file: { type: string }) => file.type || "application/octet-stream";
