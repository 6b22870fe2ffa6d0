import { useEffect, useRef, useState, type FormEvent } from "react";
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
      name: name.trim() ? undefined : "Write the signer's name as they would print it.",
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
      showToast({ message: `Sign-off by ${name.trim()} saved: it goes to Alga with a public comment.` });
      onSaved();
    } catch (error) {
      setErrors({ save: error instanceof Error ? error.message : "The sign-off could not be saved. Try again." });
    } finally {
      setSaving(false);
    }
  }

  return (
    <form className="log-time sign-off" onSubmit={(event) => void onSubmit(event)} noValidate aria-label="Customer sign-off">
      <div className="sign-off__fields">
        <label>
          <span>Signer's name</span>
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
          <span>Summary of the work</span>
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
          Signature
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
          Save sign-off
        </Button>
        {onSkip ? (
          <Button
            variant="ghost"
            onClick={() => {
              settleSignOff(ticket.ticket_id);
              onSkip();
            }}
          >
            Resolve without sign-off
          </Button>
        ) : null}
      </div>
    </form>
  );
}
