import { useState } from "react";
import { useT } from "../../i18n/active-language";
import { userTimeZone, type ReplyExtras } from "./reply-extras";

/**
 * Cc/Bcc and "Send later" for a public reply on a newer server (awareness §10.1), each behind its own toggle so the
 * composer stays one line until they are wanted. Closing one clears what it held. The time has no `min`: the
 * browser would block Send with its own bubble, where the composer says in the user's language that it has passed.
 */
export function ReplyExtrasFields({ id, extras, onChange }: { id: string; extras: ReplyExtras; onChange: (next: ReplyExtras) => void }) {
  const t = useT();
  const [copies, setCopies] = useState(Boolean(extras.cc || extras.bcc));
  const [later, setLater] = useState(Boolean(extras.later));
  return (
    <div className="composer__extras">
      <div className="composer__extras-toggles">
        <button
          type="button"
          className="composer__saved composer__extra-toggle"
          aria-expanded={copies}
          aria-controls={`${id}-copies`}
          onClick={() => {
            if (copies) onChange({ ...extras, cc: "", bcc: "" });
            setCopies(!copies);
          }}
        >
          {t("conversation.ccBcc")}
        </button>
        <button
          type="button"
          className="composer__saved composer__extra-toggle"
          aria-expanded={later}
          aria-controls={`${id}-later`}
          onClick={() => {
            if (later) onChange({ ...extras, later: "" });
            setLater(!later);
          }}
        >
          {t("conversation.sendLater")}
        </button>
      </div>
      <div id={`${id}-copies`} className="composer__extras-fields" hidden={!copies}>
        <AddressesField label={t("conversation.cc")} value={extras.cc} onChange={(cc) => onChange({ ...extras, cc })} />
        <AddressesField label={t("conversation.bcc")} value={extras.bcc} onChange={(bcc) => onChange({ ...extras, bcc })} />
      </div>
      <div id={`${id}-later`} className="composer__extras-fields" hidden={!later}>
        <label>
          {t("conversation.sendAt", { zone: userTimeZone() })}
          <input
            className="control"
            type="datetime-local"
            value={extras.later}
            onChange={(event) => onChange({ ...extras, later: event.target.value })}
          />
        </label>
      </div>
    </div>
  );
}

/** E-mail addresses, comma-separated (checked before sending, reply-extras.ts). */
function AddressesField({ label, value, onChange }: { label: string; value: string; onChange: (value: string) => void }) {
  const t = useT();
  return (
    <label>
      {label}
      <input
        className="control"
        type="text"
        inputMode="email"
        autoComplete="off"
        value={value}
        placeholder={t("conversation.addressesPlaceholder")}
        onChange={(event) => onChange(event.target.value)}
      />
    </label>
  );
}
