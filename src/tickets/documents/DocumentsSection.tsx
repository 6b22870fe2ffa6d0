import { useQuery } from "@tanstack/react-query";
import { useT } from "../../i18n/active-language";
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
  const t = useT();

  function save(document: TicketDocument) {
    saveDocument(api, account, ticketId, document).catch(() =>
      showToast({ message: t("documents.downloadFailed", { name: readableName(document.document_name) }) }),
    );
  }

  const list = documents.data ?? [];
  // A photo waiting to be sent is this ticket's too: "none yet" under it would be wrong.
  const waiting = useWaitingUploads(ticketId).length;
  return (
    <div className="documents">
      <AddFiles ticketId={ticketId} baseUpdatedAt={ticket.updated_at} />
      <WaitingUploads ticketId={ticketId} />
      {documents.isLoading ? (
        <p className="documents__none">{t("documents.loading")}</p>
      ) : documents.isPending && documents.fetchStatus === "paused" ? (
        <p className="documents__none">{t("documents.offline")}</p>
      ) : documents.isError && list.length === 0 ? (
        <Message title={t("documents.loadFailedTitle")} tone="error">
          {t("documents.loadFailedBody")}
        </Message>
      ) : list.length === 0 ? (
        waiting > 0 ? null : (
          <p className="documents__none">{t("documents.none")}</p>
        )
      ) : (
        <ul className="documents__list" aria-label={t("documents.list")}>
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
  const t = useT();
  const count = (documents.data?.length ?? 0) + waiting;
  return documents.data || waiting > 0 ? t("documents.sectionCount", { name, n: count }) : name;
}
