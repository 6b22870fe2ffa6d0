import { useEffect, useId, useRef, type ReactNode } from "react";
import { Button } from "../../ui/Button";
import { FieldError } from "./FieldError";
import { ServiceSelect } from "./ServiceSelect";
import type { TimeEntryErrors, TimeEntryValues } from "./time-entry-rules";
import { useT } from "../../i18n/active-language";
import "./TimeEntryForm.css";

/**
 * The one form for a time entry: Log time, Edit entry and the timer's Stop review. Times as date and
 * time (an entry may cross midnight), then the service, notes and billable; each error under its field.
 * `children` go above the times (the duration buttons, the timer's ticket); `times` replaces the time
 * inputs (the timer's planned entries); `after` follows the submit button (Delete…, Discard…).
 */
export function TimeEntryForm({
  label,
  values,
  onChange,
  errors,
  onSubmit,
  submitLabel,
  times,
  children,
  after,
}: {
  label: string;
  values: TimeEntryValues;
  onChange: (fields: Partial<TimeEntryValues>) => void;
  errors: TimeEntryErrors;
  onSubmit: () => Promise<void>;
  submitLabel: string;
  times?: ReactNode;
  children?: ReactNode;
  after?: ReactNode;
}) {
  const t = useT();
  const id = useId();
  const form = useRef<HTMLFormElement>(null);
  const errorId = (field: keyof TimeEntryErrors) => `${id}-${field}-error`;

  // Say what is wrong where the eyes are, even on a long form: each submit that finds errors moves there.
  useEffect(() => {
    form.current?.querySelector<HTMLElement>("[aria-invalid='true']")?.focus();
  }, [errors]);

  // The error sits beside its label, not in it, so that it does not become part of the field's name.
  const time = (field: "start" | "end", name: string) => (
    <div className="log-time__field">
      <label>
        <span>{name}</span>
        <input
          className="control"
          type="datetime-local"
          value={values[field]}
          onChange={(event) => onChange({ [field]: event.target.value })}
          aria-invalid={Boolean(errors[field]) || undefined}
          aria-describedby={errors[field] ? errorId(field) : undefined}
        />
      </label>
      <FieldError id={errorId(field)} error={errors[field]} />
    </div>
  );

  return (
    <form
      ref={form}
      className="log-time"
      onSubmit={(event) => {
        event.preventDefault();
        void onSubmit();
      }}
      noValidate
      aria-label={label}
    >
      {children}
      {times ?? (
        <div className="log-time__times">
          {time("start", t("time.from"))}
          {time("end", t("time.to"))}
        </div>
      )}
      {errors.entries ? (
        <span className="log-time__error" role="alert">
          {errors.entries}
        </span>
      ) : null}
      <ServiceSelect
        value={values.serviceId}
        onChange={(serviceId) => onChange({ serviceId })}
        error={errors.serviceId}
        errorId={errorId("serviceId")}
      />
      <label>
        <span>{t("time.notes")}</span>
        <input
          className="control"
          value={values.notes}
          onChange={(event) => onChange({ notes: event.target.value })}
          placeholder={t("time.notesPlaceholder")}
          dir="auto"
        />
      </label>
      <label className="log-time__check">
        <input type="checkbox" checked={values.isBillable} onChange={(event) => onChange({ isBillable: event.target.checked })} />
        <span>{t("time.billable")}</span>
      </label>
      <Button type="submit">{submitLabel}</Button>
      {after}
    </form>
  );
}
