import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import type { TicketDetail, TicketStatus } from "../../api/schemas/tickets";
import { useSession } from "../../auth/session";
import { localDateValue } from "../../lib/local-time";
import type { Change } from "../changes/change";
import { outbox, useOutboxQueue } from "../changes/ticket-outbox";
import { Button } from "../../ui/Button";
import { useTicketQueries } from "../ticket-queries";
import { AssigneePicker } from "./AssigneePicker";
import { pendingChange } from "./pending-value";
import { Watchers } from "./Watchers";
import "./TicketChanges.css";

/** Status, priority, assignee and due date. Every change goes through the outbox, based on the ticket as shown. */
export function TicketChanges({ ticket }: { ticket: TicketDetail }) {
  const queries = useTicketQueries();
  const session = useSession()!;
  const queue = useOutboxQueue();
  const statuses = useQuery({ ...queries.statuses(ticket.board_id ?? undefined), enabled: Boolean(ticket.board_id) });
  const priorities = useQuery(queries.priorities());
  const [closing, setClosing] = useState<TicketStatus | null>(null);
  const [picking, setPicking] = useState(false);

  const id = ticket.ticket_id;
  const send = (change: Change) => void outbox.enqueue(change, ticket.updated_at);
  const pendingStatus = pendingChange(queue, id, "status");
  const pendingPriority = pendingChange(queue, id, "priority");
  const pendingAssignee = pendingChange(queue, id, "assignment");
  const pendingDue = pendingChange(queue, id, "attributes", (change) => "due_date" in change.set);

  const statusId = pendingStatus?.statusId ?? ticket.status_id ?? "";
  const priorityId = pendingPriority?.priorityId ?? ticket.priority_id ?? "";
  const assigneeName = pendingAssignee
    ? pendingAssignee.assignedTo
      ? pendingAssignee.label
      : "Unassigned"
    : ticket.assigned_to
      ? (ticket.assigned_to_name ?? "Assigned")
      : "Unassigned";
  const dueIso = pendingDue ? pendingDue.set.due_date : (ticket.attributes?.due_date ?? ticket.due_date ?? null);
  const dueDate = dueIso ? new Date(dueIso) : null;
  const dueValue = dueDate && !Number.isNaN(dueDate.getTime()) ? localDateValue(dueDate) : "";

  function chooseStatus(nextId: string) {
    const status = statuses.data?.find((item) => item.status_id === nextId);
    if (!status || nextId === statusId) return;
    if (status.is_closed && !ticket.status_is_closed) setClosing(status);
    else send({ kind: "status", ticketId: id, statusId: status.status_id, label: status.name });
  }

  return (
    <section aria-labelledby="changes-heading" className="ticket-changes">
      <h3 id="changes-heading" className="visually-hidden">
        Update the ticket
      </h3>
      <div className="ticket-changes__field">
        <label htmlFor="ticket-status">Status</label>
        <select
          className="control"
          id="ticket-status"
          value={statusId}
          onChange={(event) => chooseStatus(event.target.value)}
          disabled={!statuses.data}
        >
          {!statuses.data ? <option value={statusId}>{ticket.status_name ?? "…"}</option> : null}
          {statuses.data?.map((status) => (
            <option key={status.status_id} value={status.status_id}>
              {status.name}
            </option>
          ))}
        </select>
        <Pending shown={Boolean(pendingStatus)} />
      </div>
      {closing ? (
        <div className="ticket-changes__confirm" role="alertdialog" aria-labelledby="close-question">
          <p id="close-question">Close this ticket as “{closing.name}”?</p>
          <Button
            onClick={() => {
              send({ kind: "status", ticketId: id, statusId: closing.status_id, label: closing.name });
              setClosing(null);
            }}
          >
            Close ticket
          </Button>
          <Button variant="ghost" onClick={() => setClosing(null)}>
            Cancel
          </Button>
        </div>
      ) : null}

      <div className="ticket-changes__field">
        <label htmlFor="ticket-priority">Priority</label>
        <select
          className="control"
          id="ticket-priority"
          value={priorityId}
          disabled={!priorities.data}
          onChange={(event) => {
            const priority = priorities.data?.find((item) => item.priority_id === event.target.value);
            if (priority) send({ kind: "priority", ticketId: id, priorityId: priority.priority_id, label: priority.priority_name });
          }}
        >
          {!priorities.data ? <option value={priorityId}>{ticket.priority_name ?? "…"}</option> : null}
          {priorities.data?.map((priority) => (
            <option key={priority.priority_id} value={priority.priority_id}>
              {priority.priority_name}
            </option>
          ))}
        </select>
        <Pending shown={Boolean(pendingPriority)} />
      </div>

      <div className="ticket-changes__field ticket-changes__field--wide">
        <span className="ticket-changes__label" id="assignee-label">
          Assigned to
        </span>
        <div className="ticket-changes__assignee" aria-labelledby="assignee-label">
          <span className="ticket-changes__value">{assigneeName}</span>
          <Pending shown={Boolean(pendingAssignee)} />
          <div className="ticket-changes__buttons">
            <Button
              variant="secondary"
              onClick={() => send({ kind: "assignment", ticketId: id, assignedTo: session.user.id, label: session.user.name ?? "Me" })}
            >
              Assign to me
            </Button>
            <Button variant="secondary" onClick={() => setPicking(true)} aria-expanded={picking}>
              Choose…
            </Button>
            <Button variant="ghost" onClick={() => send({ kind: "assignment", ticketId: id, assignedTo: null, label: "Unassigned" })}>
              Unassign
            </Button>
          </div>
        </div>
        {picking ? (
          <AssigneePicker
            onCancel={() => setPicking(false)}
            onPick={(userId, name) => {
              send({ kind: "assignment", ticketId: id, assignedTo: userId, label: name });
              setPicking(false);
            }}
          />
        ) : null}
      </div>

      <div className="ticket-changes__field">
        <label htmlFor="ticket-due">Due date</label>
        <div className="ticket-changes__due">
          <input
            className="control"
            id="ticket-due"
            type="date"
            value={dueValue}
            onChange={(event) => {
              if (!event.target.value) return;
              const due = new Date(`${event.target.value}T17:00:00`).toISOString();
              send({ kind: "attributes", ticketId: id, set: { due_date: due }, label: `Due date → ${event.target.value}` });
            }}
          />
          {dueValue ? (
            <Button
              variant="ghost"
              onClick={() => send({ kind: "attributes", ticketId: id, set: { due_date: null }, label: "Clear due date" })}
            >
              Clear
            </Button>
          ) : null}
        </div>
        <Pending shown={Boolean(pendingDue)} />
      </div>

      <Watchers ticket={ticket} />
    </section>
  );
}

function Pending({ shown }: { shown: boolean }) {
  return shown ? <span className="ticket-changes__pending">Waiting to send</span> : null;
}
