import { useId } from "react";
import "./TextAreaField.css";

/**
 * A labelled text area with its error below it, tied together for screen readers. Typing clears the
 * error (`onChange` is the place to do it): the message is about the text as it was sent.
 */
export function TextAreaField({
  label,
  value,
  onChange,
  error,
  rows,
}: {
  label: string;
  value: string;
  onChange: (value: string) => void;
  error: string | null;
  rows: number;
}) {
  const id = useId();
  return (
    <>
      <label htmlFor={id}>{label}</label>
      <textarea
        id={id}
        className="control"
        rows={rows}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        dir="auto"
      />
      {error ? (
        <p id={`${id}-error`} className="text-area-field__error" role="alert">
          {error}
        </p>
      ) : null}
    </>
  );
}
