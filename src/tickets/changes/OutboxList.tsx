import { Link } from "react-router";
import { Button } from "../../ui/Button";
import { describeChange, type QueuedChange } from "./change";
import { heldBackChanges, outbox, useOutboxQueue } from "./ticket-outbox";
import "./OutboxList.css";

const stateText: Record<QueuedChange["state"], string> = {
  pending: "Waiting to send",
  sending: "Sending…",
  unknown: "Checking whether it arrived…",
  failed: "Not accepted by the server",
  conflict: "Someone else changed this ticket",
};

/**
 * Every change still on this device, across tickets, with a way to each ticket. What needs a
 * decision (refused, in conflict) is decided on its ticket, where a refused note goes back into the composer.
 */
export function OutboxList({ onNavigate }: { onNavigate: () => void }) {
  const queue = useOutboxQueue();
  const held = heldBackChanges(queue);
  if (queue.length === 0) return <p>Everything has been sent.</p>;
  const stuck = queue.filter((item) => item.state === "failed").length;
  return (
    <>
      {stuck > 0 ? (
        <Button
          variant="secondary"
          onClick={() => queue.filter((item) => item.state === "failed").forEach((item) => void outbox.retry(item.id))}
        >
          Try the {stuck} refused again
        </Button>
      ) : null}
      <ul className="outbox-list">
        {queue.map((item) => (
          <li key={item.id} className={`outbox-list__item outbox-list__item--${item.state}`}>
            <Link to={`/tickets/${item.change.ticketId}`} onClick={onNavigate} className="outbox-list__link">
              <strong>{describeChange(item.change)}</strong>
              <span>{held.has(item.id) ? "Waits for a refused change before it" : stateText[item.state]}</span>
              {item.error ? <span className="outbox-list__error">{item.error}</span> : null}
              <span className="outbox-list__open">Open the ticket ›</span>
            </Link>
          </li>
        ))}
      </ul>
    </>
  );
}
