import { useEffect, useState } from "react";
import type { ApiClient } from "../../api/client";
import { apiClient } from "../../api/app-client";
import { downloadVariant, type DocumentVariant } from "../../api/documents";
import { knownFeature } from "../server-features";
import { useAccount } from "./document-file";
import { keepViewed, readViewed, variantEntryId } from "./viewed-documents";

type Account = readonly [server: string, userId: string];

// Until an answer has said whether the server has thumbnails, one request at a time asks: the first answer is the
// probe (awareness §10.4), and after an older server's 404 page no other document is asked.
let asking: Promise<unknown> = Promise.resolve();

/**
 * A newer server's thumbnail or preview of a document: the copy kept on the device, else fetched with the key.
 * Thumbnails are kept for offline reading like opened documents; a preview only stands in while the photo itself
 * (which is kept) loads. Null when the server has none, or is known to have no such routes.
 */
export async function variantBlob(
  api: ApiClient,
  account: Account,
  ticketId: string,
  documentId: string,
  variant: DocumentVariant,
): Promise<Blob | null> {
  const keep = variant === "thumbnail";
  const entryId = variantEntryId(documentId, variant);
  const kept = keep ? await readViewed(account, entryId) : null;
  if (kept) return kept;
  const ask = async () => {
    if (knownFeature("thumbnails")?.on === false) return null;
    const blob = await downloadVariant(api, ticketId, documentId, variant);
    if (blob && keep) await keepViewed(account, entryId, blob).catch(() => undefined);
    return blob;
  };
  if (knownFeature("thumbnails")) return ask();
  const turn = asking.then(ask, ask);
  asking = turn.catch(() => undefined);
  return turn;
}

/**
 * A blob URL of the variant while `enabled`, revoked when it is no longer shown; null while loading and when the
 * document has none. `failed`: the server could not be asked (offline, an error), so nothing was learned.
 */
export function useVariantUrl(ticketId: string, documentId: string, variant: DocumentVariant, enabled: boolean) {
  const api = apiClient();
  const [server, userId] = useAccount();
  const [state, setState] = useState<{ key: string; url: string | null; failed: boolean } | null>(null);
  const key = `${documentId}#${variant}`;

  useEffect(() => {
    if (!enabled) return;
    let url: string | null = null;
    let cancelled = false;
    variantBlob(api, [server, userId], ticketId, documentId, variant).then(
      (blob) => {
        if (cancelled) return;
        url = blob && URL.createObjectURL(blob);
        setState({ key, url, failed: false });
      },
      () => !cancelled && setState({ key, url: null, failed: true }),
    );
    return () => {
      cancelled = true;
      if (url) URL.revokeObjectURL(url);
    };
  }, [api, server, userId, ticketId, documentId, variant, key, enabled]);

  const current = enabled && state?.key === key ? state : null;
  return { url: current?.url ?? null, failed: current?.failed ?? false };
}
