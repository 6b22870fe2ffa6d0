/** The fields every time-entry form shares: logging time, editing an entry and saving a timer. */

interface Span {
  start: string;
  end: string;
}

/** From and To as local date and time, with one error for the pair (it is about how they relate). */
export function SpanFields({
  value,
  onChange,
  error,
  errorId,
}: {
  value: Span;
  onChange: (span: Span) => void;
  error?: string;
  errorId: string;
}) {
  const invalid = { "aria-invalid": Boolean(error) || undefined, "aria-describedby": error ? errorId : undefined };
  return (
    <div className="log-time__times">
      <label>
        <span>From</span>
        <input
          className="control"
          type="datetime-local"
          value={value.start}
          onChange={(event) => onChange({ ...value, start: event.target.value })}
          {...invalid}
        />
      </label>
      <label>
        <span>To</span>
        <input
          className="control"
          type="datetime-local"
          value={value.end}
          onChange={(event) => onChange({ ...value, end: event.target.value })}
          {...invalid}
        />
      </label>
    </div>
  );
}

interface NotesAndBillable {
  notes: string;
  isBillable: boolean;
}

export function NotesAndBillableFields({ value, onChange }: { value: NotesAndBillable; onChange: (fields: NotesAndBillable) => void }) {
  return (
    <>
      <label>
        <span>Notes</span>
        <input
          className="control"
          value={value.notes}
          onChange={(event) => onChange({ ...value, notes: event.target.value })}
          placeholder="What did you do? (optional)"
          dir="auto"
        />
      </label>
      <label className="log-time__check">
        <input type="checkbox" checked={value.isBillable} onChange={(event) => onChange({ ...value, isBillable: event.target.checked })} />
        <span>Billable</span>
      </label>
    </>
  );
}
