import { useInfiniteQuery } from "@tanstack/react-query";
import { useT } from "../../i18n/active-language";
import { useEffect, useState } from "react";
import { useNavigate } from "react-router";
import { readSharedFiles, removeSharedFiles, type SharedFile } from "../../lib/shared-files";
import { Message } from "../../ui/Message";
import { TopBar } from "../../ui/TopBar";
import { useTicketQueries } from "../ticket-queries";
import { attachFiles } from "./attach-files";
import { useAccount } from "./document-file";
import { readableName } from "./document-name";
import { formatBytes } from "../../lib/format-bytes";
import { uploadRefusal, uploadType } from "./upload-rules";
import "./ShareScreen.css";

/**
 * "Share → Alga Tickets": the files another app shared (kept by the service worker) and the technician's
 * open tickets to attach them to. Picking one queues the files like the ticket's own "Add photos or files".
 */
export function ShareScreen() {
  const navigate = useNavigate();
  const [, userId] = useAccount();
  const [shared, setShared] = useState<SharedFile[] | null>(null);
  const [search, setSearch] = useState("");
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const t = useT();
  const filters = {
    sort: "updated_at",
    order: "desc" as const,
    is_open: true as const,
    assigned_to: userId,
    ...(search.trim() ? { search: search.trim() } : {}),
  };
  const tickets = useInfiniteQuery(useTicketQueries().list(filters));

  useEffect(() => {
    void readSharedFiles().then(setShared);
  }, []);

  async function attachTo(ticketId: string) {
    if (!shared) return;
    setBusy(true);
    setProblem(null);
    try {
      const result = await attachFiles(
        ticketId,
        shared.map((item) => item.file),
        null,
      );
      if (result.queued.length === 0) {
        setProblem(result.refused.join(" ") || t("documents.nothingAttached"));
        return;
      }
      await removeSharedFiles(shared.map((item) => item.id));
      void navigate(`/tickets/${ticketId}`, { state: { section: "documents" } });
    } catch {
      setProblem(t("documents.storeFailed"));
    } finally {
      setBusy(false);
    }
  }

  async function dismiss() {
    if (shared) await removeSharedFiles(shared.map((item) => item.id));
    void navigate("/tickets");
  }

  const list = tickets.data?.pages.flatMap((page) => page.data) ?? [];
  return (
    <div className="screen">
      <TopBar title={t("documents.shareTitle")} back={{ to: "/tickets", label: t("ticket.backToTickets") }} />
      <main className="share">
        {shared === null ? null : shared.length === 0 ? (
          <Message title={t("documents.nothingTitle")}>{t("documents.nothingBody")}</Message>
        ) : (
          <>
            <section aria-labelledby="shared-heading" className="share__files">
              <h2 id="shared-heading">{t("documents.filesToAttach", { n: shared.length })}</h2>
              <p className="share__origin">{t("documents.sharedFrom", { n: shared.length })}</p>
              <ul>
                {shared.map(({ id, file }) => {
                  const refusal = uploadRefusal({ name: file.name, size: file.size, type: uploadType(file) });
                  return (
                    <li key={id} dir="auto">
                      {readableName(file.name)} · {formatBytes(file.size)}
                      {refusal ? <span className="share__refusal">{refusal}</span> : null}
                    </li>
                  );
                })}
              </ul>
              <button type="button" className="share__dismiss" onClick={() => void dismiss()}>
                {t("documents.dontAttach")}
              </button>
            </section>
            {problem ? (
              <p className="share__problem" role="alert">
                {problem}
              </p>
            ) : null}
            <section aria-labelledby="pick-heading" className="share__pick">
              <h2 id="pick-heading">{t("documents.pickTicket")}</h2>
              <label className="share__search">
                {t("documents.findTicket")}
                <input type="search" value={search} onChange={(event) => setSearch(event.target.value)} />
              </label>
              {tickets.isPending ? <p>{t("documents.loadingYours")}</p> : null}
              {tickets.isError && list.length === 0 ? <p role="alert">{t("documents.yoursFailed")}</p> : null}
              <ul className="share__tickets" aria-label={t("documents.yourOpen")}>
                {list.map((ticket) => (
                  <li key={ticket.ticket_id}>
                    <button type="button" className="share__ticket" disabled={busy} onClick={() => void attachTo(ticket.ticket_id)}>
                      <span className="share__number">{ticket.ticket_number}</span>
                      <span dir="auto">{ticket.title || t("ticket.noTitle")}</span>
                      {ticket.client_name ? (
                        <span className="share__client" dir="auto">
                          {ticket.client_name}
                        </span>
                      ) : null}
                    </button>
                  </li>
                ))}
              </ul>
            </section>
          </>
        )}
      </main>
    </div>
  );
}
