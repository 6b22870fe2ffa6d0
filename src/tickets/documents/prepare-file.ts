import { jpegOrientation, stripJpegMetadata } from "./jpeg-metadata";
import { chooseUpload, fitWithin, PHOTO_QUALITY } from "./photo-sizing";
import { uploadType } from "./upload-rules";

export interface PreparedFile {
  blob: Blob;
  name: string;
  type: string;
  /** The size the technician picked, to report what re-encoding saved. */
  originalSize: number;
}

// Photos from a camera. PNG (screenshots), GIF and the rest go as they are: re-encoding would blur text or drop frames.
const PHOTO_TYPES = new Set(["image/jpeg", "image/webp", "image/heic", "image/heif"]);

/**
 * A picked file as it will be uploaded. Photos are drawn upright (the EXIF orientation applied) within
 * 2048 px and re-encoded as JPEG, which also leaves their location and camera metadata behind.
 */
export async function prepareFile(file: File): Promise<PreparedFile> {
  const type = uploadType(file);
  if (!PHOTO_TYPES.has(type)) return { blob: file, name: file.name, type, originalSize: file.size };
  const reencoded = await reencode(file).catch(() => null);
  const isJpeg = type === "image/jpeg";
  const bytes = isJpeg ? new Uint8Array(await file.arrayBuffer()) : null;
  const choice = chooseUpload({ size: file.size, orientation: bytes ? jpegOrientation(bytes) : 1 }, reencoded?.size ?? null);
  if (choice === "reencoded" && reencoded)
    return { blob: reencoded, name: jpegName(file.name), type: "image/jpeg", originalSize: file.size };
  // Only a JPEG can be cleaned here; a photo the browser cannot decode (HEIC outside Safari) goes as it is.
  const blob = bytes ? new Blob([stripJpegMetadata(bytes)], { type }) : file;
  return { blob, name: file.name, type, originalSize: file.size };
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
