import type { MessageKey } from "../i18n/catalogue-types";
import { useT } from "../i18n/active-language";
import "./ShortcutsList.css";

/** A key (or keys, space-separated, as printed on them) and what it does. */
export interface Shortcut {
  key: string;
  does: MessageKey;
}

/** A screen's keyboard shortcuts, for its `?` sheet. */
export function ShortcutsList({ shortcuts }: { shortcuts: readonly Shortcut[] }) {
  const t = useT();
  return (
    <dl className="shortcuts">
      {shortcuts.map(({ key, does }) => (
        <div key={key} className="shortcuts__row">
          <dt>
            {key.split(" ").map((part) => (
              <kbd key={part}>{part}</kbd>
            ))}
          </dt>
          <dd>{t(does)}</dd>
        </div>
      ))}
    </dl>
  );
}
