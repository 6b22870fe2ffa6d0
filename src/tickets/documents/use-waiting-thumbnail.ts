import { useEffect, useState } from "react";
import { getFile } from "../../lib/file-store";
import { userKeys } from "../../lib/storage-keys";

/** A blob URL of a photo waiting in the outbox (the prepared bytes on the device), revoked when it is no longer shown. */
export function useWaitingThumbnail(fileId: string, type: string): string | null {
  const [shown, setShown] = useState<{ fileId: string; url: string } | null>(null);
  useEffect(() => {
    if (!type.startsWith("image/")) return;
    let url: string | null = null;
    let cancelled = false;
    void getFile(userKeys.uploadFile(fileId)).then((blob) => {
      if (cancelled || !blob) return;
      url = URL.createObjectURL(blob);
      setShown({ fileId, url });
    });
    return () => {
      cancelled = true;
      if (url) URL.revokeObjectURL(url);
    };
  }, [fileId, type]);
  return shown?.fileId === fileId ? shown.url : null;
}
