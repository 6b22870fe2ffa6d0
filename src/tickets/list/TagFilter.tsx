import { useId, useState } from "react";
import { useTagSuggestions } from "../tags/use-ticket-tags";
import { useT } from "../../i18n/active-language";

/**
 * The list's tag filter: a text field offering the tags in use (the server matches a tag exactly, ignoring case,
 * fieldkit §6.7). It applies on a pick from the suggestions, on Enter or when the field is left, not at every letter.
 */
export function TagFilter({ tag, onChange }: { tag: string; onChange: (tag: string) => void }) {
  const t = useT();
  const suggestions = useTagSuggestions("");
  const [value, setValue] = useState(tag);
  const id = useId();
  // The chip's × (or Reset) changes the filter from outside: the field follows.
  const [shownTag, setShownTag] = useState(tag);
  if (shownTag !== tag) {
    setShownTag(tag);
    setValue(tag);
  }
  const apply = (typed: string) => {
    const next = typed.trim().toLowerCase();
    if (next !== tag) onChange(next);
  };
  return (
    <label>
      <span>{t("list.tag")}</span>
      <input
        className="control"
        type="search"
        list={id}
        value={value}
        placeholder={t("list.anyTag")}
        autoComplete="off"
        enterKeyHint="done"
        onChange={(event) => {
          setValue(event.target.value);
          // A suggestion picked from the list, or the field cleared with its ×, applies at once.
          const inputType = (event.nativeEvent as InputEvent).inputType;
          if (event.target.value === "" || inputType === undefined || inputType === "insertReplacementText") apply(event.target.value);
        }}
        onBlur={(event) => apply(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === "Enter") apply(event.currentTarget.value);
        }}
      />
      <datalist id={id}>
        {(suggestions.data ?? []).map((text) => (
          <option key={text} value={text} />
        ))}
      </datalist>
    </label>
  );
}
