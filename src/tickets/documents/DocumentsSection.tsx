import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import type { TicketDocument } from "../../api/schemas/documents";
import { apiClient } from "../../api/app-client";
import { showToast } from "../../ui/Toast";
import { Message } from "../../ui/Message";
import { useTicketQueries } from "../ticket-queries";
import type { SectionProps } from "../section-props";
import { AddFiles } from "./AddFiles";
import { isViewableImage, saveDocument, useAccount } from "./document-file";
import { DocumentRow } from "./DocumentRow";
import { ImageViewer } from "./ImageViewer";
import { readableName } from "./document-name";
import { useWaitingUploads, WaitingUploads } from "./WaitingUploads";
import "./DocumentsSection.css";

/** The ticket's photos and files: what is on the server, what waits to be sent, and adding more. */
export function DocumentsSection({ ticket }: SectionProps) {
  const ticketId = ticket.ticket_id;
  const documents = useQuery(useTicketQueries().documents(ticketId));
  const api = apiClient();
  const account = useAccount();
  const [viewing, setViewing] = useState<TicketDocument | null>(null);

  function save(document: TicketDocument) {
    saveDocument(api, account, ticketId, document).catch(() =>
      showToast({ message: `${readableName(document.document_name)} could not be downloaded. It opens once you are online.` }),
    );
  }

  const list = documents.data ?? [];
  return (
    <div className="documents">
      <AddFiles ticketId={ticketId} baseUpdatedAt={ticket.updated_at} />
      <WaitingUploads ticketId={ticketId} />
      {documents.isLoading ? (
        <p className="documents__none">Loading documents…</p>
      ) : documents.isPending && documents.fetchStatus === "paused" ? (
        <p className="documents__none">The documents on this ticket show once you are online.</p>
      ) : documents.isError && list.length === 0 ? (
        <Message title="Documents could not be loaded" tone="error">
          They show once the Alga server can be reached.
        </Message>
      ) : list.length === 0 ? (
        <p className="documents__none">No photos or files on this ticket yet.</p>
      ) : (
        <ul className="documents__list" aria-label="Documents">
          {list.map((document) => (
            <DocumentRow
              key={document.document_id}
              ticketId={ticketId}
              document={document}
              onOpen={() => (isViewableImage(document) ? setViewing(document) : save(document))}
            />
          ))}
        </ul>
      )}
      <ImageViewer ticketId={ticketId} document={viewing} onClose={() => setViewing(null)} onSave={save} />
    </div>
  );
}

/** "Documents (3)", with the files still waiting to be sent counted in. */
export function DocumentsLabel({ ticketId, name }: { ticketId: string; name: string }) {
  const documents = useQuery(useTicketQueries().documents(ticketId));
  const waiting = useWaitingUploads(ticketId).length;
  const count = (documents.data?.length ?? 0) + waiting;
  return documents.data || waiting > 0 ? `${name} (${count})` : name;
}
