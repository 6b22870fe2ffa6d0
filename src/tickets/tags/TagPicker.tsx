import { useDeferredValue, useId, useState, type FormEvent } from "react";
import { normalizeTag } from "../../api/tags";
import { tagProblem, useTagSuggestions } from "./use-ticket-tags";
import { useT } from "../../i18n/active-language";
import "./TagPicker.css";

/**
 * Finds an existing tag as the technician types, or takes what was typed as a new one. `taken` are the tags
 * already chosen, left out of the suggestions.
 */
export function TagPicker({ taken, onPick, allowNew = true }: { taken: string[]; onPick: (text: string) => void; allowNew?: boolean }) {
  const t = useT();
  const [typed, setTyped] = useState("");
  const [error, setError] = useState<string | null>(null);
  const deferred = useDeferredValue(typed);
  const suggestions = useTagSuggestions(deferred);
  const fieldId = useId();
  const term = normalizeTag(typed);
  const shown = (suggestions.data ?? []).filter((text) => !taken.includes(text)).slice(0, 12);
  const exists = (suggestions.data ?? []).includes(term);

  function pick(text: string) {
    const problem = tagProblem(text);
    if (problem) return setError(problem);
    if (taken.includes(normalizeTag(text))) return setError(t("tags.alreadyHas", { tag: normalizeTag(text) }));
    onPick(normalizeTag(text));
    setTyped("");
    setError(null);
  }

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (!allowNew && !exists) return setError(term ? t("tags.noSuchTag", { tag: term }) : t("tags.typeFirst"));
    pick(typed);
  }

  return (
    <form className="tag-picker" onSubmit={onSubmit} noValidate>
      <label htmlFor={fieldId} className="tag-picker__label">
        {allowNew ? t("tags.findOrCreate") : t("tags.find")}
      </label>
      <input
        id={fieldId}
        type="search"
        data-autofocus
        className="control"
        value={typed}
        onChange={(event) => {
          setTyped(event.target.value);
          setError(null);
        }}
        autoComplete="off"
        enterKeyHint="done"
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${fieldId}-error` : undefined}
      />
      {error ? (
        <p id={`${fieldId}-error`} className="tag-picker__error" role="alert">
          {error}
        </p>
      ) : null}
      <ul className="sheet-options tag-picker__options" aria-label={t("tags.tags")} aria-busy={suggestions.isFetching}>
        {allowNew && term && !exists && !taken.includes(term) ? (
          <li>
            <button type="submit" className="sheet-option">
              {t("tags.addNew", { tag: term })}
            </button>
          </li>
        ) : null}
        {shown.map((text) => (
          <li key={text}>
            <button type="button" className="sheet-option" onClick={() => pick(text)}>
              #{text}
            </button>
          </li>
        ))}
      </ul>
      {suggestions.isError && !suggestions.data ? <p className="tag-picker__note">{t("tags.searchFailed")}</p> : null}
      {suggestions.data && shown.length === 0 && !term ? <p className="tag-picker__note">{t("tags.noneYet")}</p> : null}
    </form>
  );
}
