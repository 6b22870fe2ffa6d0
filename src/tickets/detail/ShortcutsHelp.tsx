import { ticketShortcuts } from "./use-ticket-shortcuts";

export function ShortcutsHelp() {
  return (
    <dl className="shortcuts">
      {ticketShortcuts.map(({ key, does }) => (
        <div key={key} className="shortcuts__row">
          <dt>
            {key.split(" ").map((part) => (
              <kbd key={part}>{part}</kbd>
            ))}
          </dt>
          <dd>{does}</dd>
        </div>
      ))}
    </dl>
  );
}
