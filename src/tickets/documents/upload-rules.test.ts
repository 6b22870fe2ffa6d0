import { describe, expect, it } from "vitest";
import { MAX_UPLOAD_BYTES } from "../../lib/upload-limit";
import { uploadRefusal, uploadType } from "./upload-rules";

describe("what can be attached", () => {
  it("takes photos, PDFs and files of any other kind up to the size the server's transport takes", () => {
    expect(uploadRefusal({ name: "rack.jpg", size: 4_000_000, type: "image/jpeg" })).toBeNull();
    expect(uploadRefusal({ name: "notes 10:30.txt", size: 2_000, type: "text/plain" })).toBeNull();
    expect(uploadRefusal({ name: "dump.zip", size: MAX_UPLOAD_BYTES, type: "application/zip" })).toBeNull();
  });

  it("says why a file is too large, in megabytes", () => {
    expect(uploadRefusal({ name: "video.mp4", size: MAX_UPLOAD_BYTES + 1, type: "video/mp4" })).toBe(
      "video.mp4 is 100 MB; Alga takes files up to 100 MB.",
    );
    expect(uploadRefusal({ name: "video.mp4", size: 250_000_000, type: "video/mp4" })).toContain("is 250 MB");
  });

  it("refuses programs by name or by type, and says how to send one anyway", () => {
    expect(uploadRefusal({ name: "Setup.EXE", size: 10, type: "" })).toContain("put it in a .zip");
    expect(uploadRefusal({ name: "installer", size: 10, type: "application/x-msdownload" })).toContain("is a program");
  });

  it("refuses a program whose name Windows would still run: trailing dots or spaces, or a stream after a colon", () => {
    for (const name of ["setup.exe.", "setup.exe ", "setup.exe. . ", "setup.exe::$DATA", "setup.exe:Zone.Identifier", "report 10:30.exe"]) {
      expect(uploadRefusal({ name, size: 10, type: "" }), name).toContain("is a program");
    }
  });

  it("refuses scripts, installer packages and disk images", () => {
    for (const extension of ["bat", "cmd", "ps1", "vbs", "hta", "js", "msix", "reg", "iso"]) {
      expect(uploadRefusal({ name: `fix.${extension}`, size: 10, type: "" }), extension).toContain("is a program");
    }
  });

  it("refuses a program hidden behind invisible characters, and names it as it will be saved", () => {
    expect(uploadRefusal({ name: "driver-update.ex\u200Be", size: 10, type: "" })).toBe(
      "driver-update.exe is a program. Programs are not attached to tickets; put it in a .zip first if the ticket needs it.",
    );
  });

  it("refuses an empty file", () => {
    expect(uploadRefusal({ name: "blank.txt", size: 0, type: "text/plain" })).toBe("blank.txt is empty.");
  });

  it("uploads an unknown type as bytes, as the server would store it", () => {
    expect(uploadType({ type: "" })).toBe("application/octet-stream");
    expect(uploadType({ type: "application/pdf" })).toBe("application/pdf");
  });
});
