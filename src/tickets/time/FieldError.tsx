/** A field's error, named by `aria-describedby` from the field; nothing while the field is fine. */
export function FieldError({ id, error }: { id: string; error: string | undefined }) {
  return error ? (
    <span className="log-time__error" id={id}>
      {error}
    </span>
  ) : null;
}
