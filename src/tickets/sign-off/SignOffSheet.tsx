import { useEffect, useRef, useState, type FormEvent } from "react";
import { useT } from "../../i18n/active-language";
import type { TicketDetail } from "../../api/schemas/tickets";
import { sessionScope, useSession } from "../../auth/session";
import { Button } from "../../ui/Button";
import { showToast } from "../../ui/Toast";
import { loadDraftToShow, resolutionDraftKey } from "../conversation/draft-store";
import { FieldError } from "../time/FieldError";
import { rowMinutes } from "../time/time-rows";
import { useTicketTime } from "../time/use-ticket-time";
import { queueSignOff } from "./queue-sign-off";
import { renderSignOff } from "./sign-off-image";
import { signedAtText, summaryOf } from "./sign-off-text";
import { SignaturePad } from "./SignaturePad";
import { settleSignOff } from "./signed-tickets";
import { signatureRefusal, type Stroke } from "./strokes";
import "../time/TimeEntryForm.css";
import "./SignOffSheet.css";

/**
 * The customer signs that the work is done: their printed name, a summary they can read (the resolution
 * note being written and the time logged, editable) and their signature. Saved as an image on the ticket
 * and a public comment, through the outbox. `onSkip`, when given, lets the technician resolve without it.
 */
export function SignOffSheet({ ticket, onSaved, onSkip }: { ticket: TicketDetail; onSaved: () => void; onSkip?: () => void }) {
  const session = useSession()!;
  const noteKey = resolutionDraftKey(...sessionScope(session), ticket.ticket_id);
  const { rows } = useTicketTime(ticket.ticket_id);
  const minutesLogged = rows.reduce((sum, row) => sum + rowMinutes(row), 0);
  const [name, setName] = useState("");
  const [summary, setSummary] = useState("");
  const [strokes, setStrokes] = useState<Stroke[]>([]);
  const [errors, setErrors] = useState<{ name?: string; signature?: string; save?: string }>({});
  const [saving, setSaving] = useState(false);
  const edited = useRef(false);
  const t = useT();

  // Prefilled from the note and the time known so far (offline, the time may never come), again as more time
  // arrives; what the technician typed is never replaced.
  useEffect(() => {
    void loadDraftToShow(noteKey).then((draft) => {
      if (!edited.current) setSummary(summaryOf(draft?.text ?? "", minutesLogged));
    });
  }, [noteKey, minutesLogged]);

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (saving) return;
    const found = {
      name: name.trim() ? undefined : t("signOff.nameMissing"),
      signature: signatureRefusal(strokes) ?? undefined,
    };
    setErrors(found);
    if (found.name || found.signature) return;
    setSaving(true);
    try {
      const signedAt = new Date();
      const when = signedAtText(signedAt);
      const image = await renderSignOff(strokes, name.trim(), when);
      const refusal = await queueSignOff(
        { ticketId: ticket.ticket_id, image, name, summary, signedAt, signedAtText: when },
        ticket.updated_at,
      );
      if (refusal) {
        setErrors({ save: refusal });
        return;
      }
      settleSignOff(ticket.ticket_id);
      showToast({ message: t("signOff.saved", { name: name.trim() }) });
      onSaved();
    } catch (error) {
      setErrors({ save: error instanceof Error ? error.message : t("signOff.saveFailed") });
    } finally {
      setSaving(false);
    }
  }

  return (
    <form className="log-time sign-off" onSubmit={(event) => void onSubmit(event)} noValidate aria-label={t("signOff.form")}>
      <div className="sign-off__fields">
        <label>
          <span>{t("signOff.signerName")}</span>
          <input
            className="control"
            value={name}
            autoComplete="off"
            required
            onChange={(event) => {
              setName(event.target.value);
              setErrors((shown) => ({ ...shown, name: undefined }));
            }}
            aria-invalid={Boolean(errors.name) || undefined}
            aria-describedby={errors.name ? "sign-off-name-error" : undefined}
          />
          <FieldError id="sign-off-name-error" error={errors.name} />
        </label>
        <label>
          <span>{t("signOff.summary")}</span>
          <textarea
            className="control"
            rows={3}
            dir="auto"
            value={summary}
            onChange={(event) => {
              edited.current = true;
              setSummary(event.target.value);
            }}
          />
        </label>
      </div>
      <div className="sign-off__pad">
        <span className="sign-off__label" id="sign-off-pad-label">
          {t("signOff.signature")}
        </span>
        <SignaturePad
          strokes={strokes}
          onChange={(next) => {
            setStrokes(next);
            setErrors((shown) => ({ ...shown, signature: undefined }));
          }}
          invalid={Boolean(errors.signature)}
          describedBy={errors.signature ? "sign-off-pad-error" : undefined}
        />
        <FieldError id="sign-off-pad-error" error={errors.signature} />
      </div>
      {errors.save ? (
        <p className="log-time__error" role="alert">
          {errors.save}
        </p>
      ) : null}
      <div className="sign-off__actions">
        <Button type="submit" busy={saving}>
          {t("signOff.save")}
        </Button>
        {onSkip ? (
          <Button
            variant="ghost"
            onClick={() => {
              settleSignOff(ticket.ticket_id);
              onSkip();
            }}
          >
            {t("signOff.skip")}
          </Button>
        ) : null}
      </div>
    </form>
  );
}
