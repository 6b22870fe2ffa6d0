import { jpegOrientation, stripJpegMetadata } from "./jpeg-metadata";
import { t } from "../../i18n/active-language";
import { chooseUpload, fitWithin, PHOTO_QUALITY } from "./photo-sizing";
import { stripPngMetadata } from "./png-metadata";
import { uploadType } from "./upload-rules";

export interface PreparedFile {
  blob: Blob;
  name: string;
  type: string;
  /** The size the technician picked, to report what re-encoding saved. */
  originalSize: number;
}

/** A photo that would leave the device with its location: not attached, and why, in the technician's words. */
export interface RefusedFile {
  refusal: string;
}

// Photos from a camera. PNG (screenshots) keeps its pixels, since re-encoding would blur text; GIF and the rest go as they are.
const PHOTO_TYPES = new Set(["image/jpeg", "image/webp", "image/heic", "image/heif"]);
/** The formats whose metadata can be cut out of the original bytes. */
const CLEANERS: Record<string, (bytes: Uint8Array) => Uint8Array<ArrayBuffer> | null> = {
  "image/jpeg": stripJpegMetadata,
  "image/png": stripPngMetadata,
};

/**
 * A picked file as it will be uploaded. Photos are drawn upright (the EXIF orientation applied) within
 * 2048 px and re-encoded as JPEG, which also leaves their location and camera metadata behind; see
 * `chooseUpload` for when the cleaned original goes instead, and when a photo is refused.
 */
export async function prepareFile(file: File): Promise<PreparedFile | RefusedFile> {
  const type = uploadType(file);
  const clean = CLEANERS[type];
  const prepared = (blob: Blob, name = file.name, as = type) => ({ blob, name, type: as, originalSize: file.size });
  if (!PHOTO_TYPES.has(type) && !clean) return prepared(file);
  const bytes = clean ? new Uint8Array(await file.arrayBuffer()) : null;
  const cleaned = bytes && clean ? clean(bytes) : null;
  if (cleaned && !PHOTO_TYPES.has(type)) return prepared(new Blob([cleaned], { type }));
  const reencoded = await reencode(file).catch(() => null);
  const orientation = type === "image/jpeg" && bytes ? jpegOrientation(bytes) : 1;
  const choice = chooseUpload({ size: file.size, orientation, cleaned: cleaned !== null }, reencoded?.size ?? null);
  if (choice === "reencoded" && reencoded) return prepared(reencoded, jpegName(file.name), "image/jpeg");
  if (choice === "original" && cleaned) return prepared(new Blob([cleaned], { type }));
  return {
    refusal: t("documents.cannotClean", { name: file.name }),
  };
}

async function reencode(file: File): Promise<Blob> {
  const bitmap = await createImageBitmap(file, { imageOrientation: "from-image" });
  try {
    const { width, height } = fitWithin(bitmap.width, bitmap.height);
    const canvas = new OffscreenCanvas(width, height);
    const context = canvas.getContext("2d");
    if (!context) throw new Error("No 2D canvas");
    context.imageSmoothingQuality = "high";
    context.drawImage(bitmap, 0, 0, width, height);
    return await canvas.convertToBlob({ type: "image/jpeg", quality: PHOTO_QUALITY });
  } finally {
    bitmap.close();
  }
}

const jpegName = (name: string) => (/\.jpe?g$/i.test(name) ? name : `${name.replace(/\.[^.]*$/, "")}.jpg`);
