import { drawStrokes, PAD_ASPECT, type Stroke } from "./strokes";
import { t } from "../../i18n/active-language";

/** The saved image: the signature as wide as this, and a band under it for the name, date and time. */
const WIDTH = 1000;
const PAD_HEIGHT = WIDTH / PAD_ASPECT;
const BAND = 120;
const MARGIN = 32;

export const signOffImageSize = { width: WIDTH, height: PAD_HEIGHT + BAND } as const;

/**
 * The signature as a PNG on white (documents are viewed on any background), with the signer's name and
 * when under a rule, as on a paper form. `toBlob` writes no text or EXIF chunks, so nothing but these
 * pixels leaves the device (the upload strips such chunks again, to be sure: prepare-file).
 */
export async function renderSignOff(strokes: readonly Stroke[], name: string, signedAt: string): Promise<Blob> {
  const canvas = document.createElement("canvas");
  canvas.width = signOffImageSize.width;
  canvas.height = signOffImageSize.height;
  const context = canvas.getContext("2d");
  if (!context) throw new Error(t("signOff.cannotDraw"));
  context.fillStyle = "#ffffff";
  context.fillRect(0, 0, canvas.width, canvas.height);
  drawStrokes(context, strokes, { left: 0, top: 0, width: WIDTH, height: PAD_HEIGHT }, "#10243e");
  context.fillStyle = "#6b7280";
  context.fillRect(MARGIN, PAD_HEIGHT, WIDTH - 2 * MARGIN, 2);
  context.fillStyle = "#111827";
  context.textBaseline = "alphabetic";
  context.font = "600 34px system-ui, sans-serif";
  context.fillText(name, MARGIN, PAD_HEIGHT + 48, WIDTH - 2 * MARGIN);
  context.font = "26px system-ui, sans-serif";
  context.fillText(signedAt, MARGIN, PAD_HEIGHT + 92, WIDTH - 2 * MARGIN);
  return new Promise((resolve, reject) =>
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error(t("signOff.cannotSaveImage")))), "image/png"),
  );
}
