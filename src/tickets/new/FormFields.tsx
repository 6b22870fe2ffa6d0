import { useDeferredValue, useEffect, useRef, useState, type ComponentType, type ReactNode } from "react";
import { useT } from "../../i18n/active-language";
import { Button } from "../../ui/Button";
import { Sheet } from "../../ui/Sheet";
import type { Choice } from "../changes/new-ticket";

/** A field's label, its control, and what is wrong with it, tied together for screen readers. */
export function Field({
  id,
  label,
  required = false,
  error,
  hint,
  children,
}: {
  id: string;
  label: string;
  required?: boolean;
  error?: string;
  hint?: ReactNode;
  children: ReactNode;
}) {
  const t = useT();
  return (
    <div className="new-ticket__field">
      <label htmlFor={id} id={`${id}-label`} className="new-ticket__label">
        {label}
        {required ? <span className="new-ticket__required"> {t("new.required")}</span> : null}
      </label>
      {children}
      {hint ? (
        <p id={`${id}-hint`} className="new-ticket__hint">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={`${id}-error`} className="new-ticket__error">
          {error}
        </p>
      ) : null}
    </div>
  );
}

/** The ARIA that ties a control to its hint and error. */
export function described(id: string, error: string | undefined, hint = false) {
  const ids = [hint ? `${id}-hint` : "", error ? `${id}-error` : ""].filter(Boolean).join(" ");
  return { "aria-invalid": error ? true : undefined, "aria-describedby": ids || undefined };
}

/** A short list (boards, statuses, priorities, locations): the platform's own picker, by touch and by keyboard. */
export function SelectField({
  id,
  label,
  value,
  options,
  onChange,
  required,
  error,
  hint,
  placeholder,
}: {
  id: string;
  label: string;
  value: Choice | null;
  options: Choice[];
  onChange: (choice: Choice | null) => void;
  required?: boolean;
  error?: string;
  hint?: ReactNode;
  placeholder: string;
}) {
  // Offline, a list never loaded still shows the value a draft or a refused ticket brought.
  const shown = value && !options.some((option) => option.id === value.id) ? [value, ...options] : options;
  return (
    <Field id={id} label={label} required={required} error={error} hint={hint}>
      <select
        id={id}
        className="control"
        value={value?.id ?? ""}
        onChange={(event) => onChange(shown.find((option) => option.id === event.target.value) ?? null)}
        {...described(id, error, Boolean(hint))}
      >
        <option value="">{placeholder}</option>
        {shown.map((option) => (
          <option key={option.id} value={option.id}>
            {option.name}
          </option>
        ))}
      </select>
    </Field>
  );
}

export interface OptionsProps {
  search: string;
  selectedId: string | undefined;
  onPick: (choice: Choice) => void;
}

/**
 * A long list (clients, contacts): a button showing the choice, opening a sheet where typing narrows the
 * list. `Options` renders the matches for the search.
 */
export function SearchPicker({
  id,
  label,
  value,
  onChange,
  Options,
  required,
  error,
  hint,
  placeholder,
  clearLabel,
  searchLabel,
}: {
  id: string;
  label: string;
  /** The search box's name ("Find client"). */
  searchLabel: string;
  value: Choice | null;
  onChange: (choice: Choice | null) => void;
  Options: ComponentType<OptionsProps>;
  required?: boolean;
  error?: string;
  hint?: ReactNode;
  placeholder: string;
  /** Offered when the field is optional and set. */
  clearLabel?: string;
}) {
  const t = useT();
  const [open, setOpen] = useState(false);
  const [search, setSearch] = useState("");
  const deferred = useDeferredValue(search);
  const searchBox = useRef<HTMLInputElement>(null);
  // After the sheet took the focus (its effect runs first): typing starts the search at once.
  useEffect(() => {
    if (open) searchBox.current?.focus();
  }, [open]);
  const pick = (choice: Choice | null) => {
    onChange(choice);
    setOpen(false);
  };
  return (
    <Field id={id} label={label} required={required} error={error} hint={hint}>
      <button
        type="button"
        id={id}
        className="control new-ticket__picker"
        aria-haspopup="dialog"
        // The field's name and its value, as a select would read.
        aria-labelledby={`${id}-label ${id}-value`}
        onClick={() => {
          setSearch("");
          setOpen(true);
        }}
        {...described(id, error, Boolean(hint))}
      >
        <span id={`${id}-value`} className={value ? undefined : "new-ticket__placeholder"} dir="auto">
          {value?.name ?? placeholder}
        </span>
        <span aria-hidden="true">▾</span>
      </button>
      <Sheet open={open} onClose={() => setOpen(false)} title={label}>
        <input
          ref={searchBox}
          type="search"
          className="control"
          aria-label={searchLabel}
          placeholder={t("new.typeToSearch")}
          value={search}
          onChange={(event) => setSearch(event.target.value)}
          autoComplete="off"
        />
        {value && clearLabel ? (
          <Button variant="secondary" onClick={() => pick(null)}>
            {clearLabel}
          </Button>
        ) : null}
        <Options search={deferred} selectedId={value?.id} onPick={pick} />
      </Sheet>
    </Field>
  );
}

/** The matches in a picker's sheet, one 48 px row each, with a note when they come from this device only. */
export function OptionList({
  label,
  options,
  selectedId,
  onPick,
  loading,
  note,
  empty,
}: {
  label: string;
  options: (Choice & { detail?: string | null })[];
  selectedId: string | undefined;
  onPick: (choice: Choice) => void;
  loading: boolean;
  note?: string | null;
  empty: string;
}) {
  const t = useT();
  return (
    <>
      {note ? (
        <p className="new-ticket__hint" role="status">
          {note}
        </p>
      ) : null}
      <ul className="sheet-options" aria-label={label} aria-busy={loading}>
        {options.map((option) => (
          <li key={option.id}>
            <button
              type="button"
              className="sheet-option"
              aria-current={option.id === selectedId ? "true" : undefined}
              onClick={() => onPick({ id: option.id, name: option.name })}
            >
              <span dir="auto">{option.name}</span>
              {option.detail ? (
                <span className="new-ticket__option-detail" dir="auto">
                  {option.detail}
                </span>
              ) : null}
            </button>
          </li>
        ))}
      </ul>
      {options.length === 0 && !loading ? <p className="new-ticket__hint">{empty}</p> : null}
      {options.length === 0 && loading ? <p className="new-ticket__hint">{t("new.loading")}</p> : null}
    </>
  );
}
