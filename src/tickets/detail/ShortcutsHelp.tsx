import { ticketShortcuts } from "./use-ticket-shortcuts";
import { useT } from "../../i18n/active-language";

export function ShortcutsHelp() {
  const t = useT();
  return (
    <dl className="shortcuts">
      {ticketShortcuts.map(({ key, does }) => (
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
