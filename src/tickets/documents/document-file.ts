import { useEffect, useState } from "react";
import type { ApiClient } from "../../api/client";
import { downloadDocument } from "../../api/documents";
import type { TicketDocument } from "../../api/schemas/documents";
import { sessionScope, useSession } from "../../auth/session";
import { useApiClient } from "../../lib/api-client-context";
import { readableName } from "./document-name";
import { keepViewed, readViewed } from "./viewed-documents";

type Account = readonly [server: string, userId: string];

/** The document's bytes: the copy kept on the device, else downloaded with the key (no URL can carry it) and kept. */
export async function documentBlob(api: ApiClient, account: Account, ticketId: string, document: TicketDocument): Promise<Blob> {
  const kept = await readViewed(account, document.document_id);
  if (kept) return kept;
  const downloaded = await downloadDocument(api, ticketId, document);
  // The type from the list: the response's Content-Type is the same, and a kept copy has none of its own.
  const blob = new Blob([downloaded], { type: document.mime_type ?? downloaded.type });
  await keepViewed(account, document.document_id, blob).catch(() => undefined);
  return blob;
}

export function useAccount(): Account {
  const session = useSession();
  if (!session) throw new Error("Documents need a session");
  return sessionScope(session);
}

/** A blob URL of the document while `enabled`, revoked when it is no longer shown. */
export function useDocumentUrl(ticketId: string, document: TicketDocument, enabled: boolean) {
  const api = useApiClient();
  const [server, userId] = useAccount();
  const [state, setState] = useState<{ id: string; url: string | null; failed: boolean } | null>(null);
  const id = document.document_id;

  useEffect(() => {
    if (!enabled) return;
    let url: string | null = null;
    let cancelled = false;
    documentBlob(api, [server, userId], ticketId, document).then(
      (blob) => {
        if (cancelled) return;
        url = URL.createObjectURL(blob);
        setState({ id, url, failed: false });
      },
      () => !cancelled && setState({ id, url: null, failed: true }),
    );
    return () => {
      cancelled = true;
      if (url) URL.revokeObjectURL(url);
    };
    // The document's id says which bytes; the object itself is new on every refetch.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [api, server, userId, ticketId, id, enabled]);

  const current = state?.id === id ? state : null;
  return { url: current?.url ?? null, failed: current?.failed ?? false };
}

/** Saves (or opens, as the browser decides) a document under its real name. */
export async function saveDocument(api: ApiClient, account: Account, ticketId: string, document: TicketDocument): Promise<void> {
  const url = URL.createObjectURL(await documentBlob(api, account, ticketId, document));
  const link = window.document.createElement("a");
  link.href = url;
  link.download = readableName(document.document_name);
  link.rel = "noopener";
  link.click();
  // The download reads the URL after this task: revoke it once the browser surely has it.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
