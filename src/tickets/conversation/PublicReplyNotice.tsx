import { t, useT } from "../../i18n/active-language";

/** Whom a public reply does not notify: nobody, the client, or the client and the team (fieldkit §2.4 pairs the flags so). */
export type Quiet = "none" | "client" | "everyone";

/** The ticket's contact, whom Alga e-mails a public reply; `email` is unknown (undefined) while only the list's copy is here. */
export interface ReplyContact {
  name: string;
  email?: string | null;
}

/**
 * Under a public reply: who will get an e-mail, in plain words, and the choice not to notify them, as the
 * native app offers it (the team can be left out only together with the client).
 */
export function PublicReplyNotice({
  id,
  contact,
  quiet,
  onQuiet,
}: {
  /** Of the sentence saying who gets an e-mail, which describes the Send button. */
  id: string;
  contact: ReplyContact | null;
  quiet: Quiet;
  onQuiet: (quiet: Quiet) => void;
}) {
  const t = useT();
  return (
    <div className="composer__notice">
      <p className="composer__recipients" id={id}>
        <span aria-hidden="true">✉ </span>
        {recipients(contact, quiet)}
      </p>
      <label className="composer__quiet">
        <input type="checkbox" checked={quiet !== "none"} onChange={(event) => onQuiet(event.target.checked ? "client" : "none")} />
        {contact ? t("conversation.dontEmail", { name: contact.name }) : t("conversation.dontNotifyClient")}
      </label>
      {quiet === "none" ? null : (
        <label className="composer__quiet">
          <input
            type="checkbox"
            checked={quiet === "everyone"}
            onChange={(event) => onQuiet(event.target.checked ? "everyone" : "client")}
          />
          {t("conversation.dontNotifyTeam")}
        </label>
      )}
    </div>
  );
}

/** How the choice travels in the comment change (send-change turns it into the two flags). */
export function quietFlags(quiet: Quiet): { quiet?: true; quietClient?: true } {
  if (quiet === "everyone") return { quiet: true };
  return quiet === "client" ? { quietClient: true } : {};
}

function recipients(contact: ReplyContact | null, quiet: Quiet): string {
  if (!contact) return t("conversation.noContact");
  if (quiet !== "none") return t("conversation.nobodyAtClient");
  if (contact.email === null) return t("conversation.noEmailAddress", { name: contact.name });
  return t("conversation.willGetEmail", { name: contact.name });
}
