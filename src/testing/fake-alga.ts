import type { ApiClient, RequestOptions } from "../api/client";
import { ApiError } from "../api/errors";
import type { TicketDetail } from "../api/schemas/tickets";

export const me = "user-me";
export const ticketId = "ticket-1";

export interface Call {
  method: string;
  path: string;
  query?: RequestOptions<never>["query"];
  body?: unknown;
}

type TimeEntry = { entry_id: string; start_time: string; end_time: string };
type ChecklistItem = { checklist_item_id: string; item_name: string };
type Interaction = {
  interaction_id: string;
  type_id: string;
  ticket_id: string;
  user_id: string;
  start_time: string;
  interaction_date: string;
};

/**
 * A fake Alga server behind the ApiClient interface, for unit and component tests. It records every call,
 * answers first from `answers` (in order; an Error is thrown), then from a small state, and parses every
 * answer with the caller's schema as the real client does. A call it has no answer for fails the test.
 */
export function fakeAlga(...answers: unknown[]) {
  const state = {
    comments: [] as {
      comment_id: string;
      ticket_id: string;
      created_by: string;
      comment_text: string;
      created_at: string;
      is_internal: boolean;
      is_resolution: boolean;
      publish_state?: string;
    }[],
    ticket: {
      ticket_id: ticketId,
      ticket_number: "TIC001000",
      title: "Printer offline",
      board_id: "board-1",
      client_id: "client-1",
      contact_name_id: null,
      status_id: "s-open",
      priority_id: "p-low",
      assigned_to: null,
      entered_by: me,
      updated_by: me,
      entered_at: "2026-11-28T09:00:00.000Z",
      updated_at: "2026-11-28T10:00:00.000Z",
      closed_at: null,
      attributes: { description: "desc", watcher_user_ids: ["w1"] },
    } as TicketDetail,
    /** Tickets besides `ticket`: those the test adds, and those created through the fake. */
    otherTickets: [] as TicketDetail[],
    /** Errors to throw for the next matching calls ("METHOD path"). */
    failNext: new Map<string, ApiError[]>(),
    /** A server newer than 2026-08-22: comments take send-later, and their schedule can be cancelled (awareness §10.1). */
    newerServer: false,
    /** Commit the next POST but lose its answer. */
    dropNextPost: false,
    timeEntries: [] as TimeEntry[],
    checklist: [] as ChecklistItem[],
    interactions: [] as Interaction[],
    statuses: [
      { status_id: "s-open", board_id: "board-1", name: "Open", is_closed: false, is_default: true, order_number: 1 },
      { status_id: "s-progress", board_id: "board-1", name: "In progress", is_closed: false, is_default: false, order_number: 2 },
      { status_id: "s-closed", board_id: "board-1", name: "Closed", is_closed: true, is_default: false, order_number: 3 },
    ],
    priorities: [
      { priority_id: "p-low", priority_name: "Low" },
      { priority_id: "p-high", priority_name: "High" },
    ],
  };

  /** A POST that changed the state and then lost its answer, when the test asked for one. */
  function answerPost(answer: unknown): unknown {
    if (!state.dropNextPost) return answer;
    state.dropNextPost = false;
    throw new ApiError("network");
  }

  /** An older server has no such route: its 404 page, no JSON (awareness §10.4). */
  function cancelSchedule(commentId: string): unknown {
    if (!state.newerServer) throw new ApiError("not_found", { status: 404 });
    const comment = state.comments.find((each) => each.comment_id === commentId);
    if (!comment) throw new ApiError("not_found", { status: 404, code: "NOT_FOUND", message: "Comment not found" });
    if (comment.publish_state !== "scheduled") throw new ApiError("conflict", { status: 409, code: "CONFLICT" });
    comment.publish_state = "canceled";
    return { data: comment };
  }

  function answerFromState(method: string, path: string, body: unknown, query: Call["query"] = {}): unknown {
    const ticketPath = `api/v1/tickets/${ticketId}`;
    const other = /^api\/v1\/tickets\/([^/]+)(\/status|\/assignment)?$/.exec(path);
    const otherTicket = other ? state.otherTickets.find((ticket) => ticket.ticket_id === other[1]) : undefined;
    const route = `${method} ${otherTicket ? path.replace(otherTicket.ticket_id, ":other") : path}`;
    const schedule = /^api\/v1\/tickets\/[^/]+\/comments\/([^/]+)\/schedule$/.exec(path);
    if (method === "DELETE" && schedule) return cancelSchedule(schedule[1]!);
    switch (route) {
      case "GET api/v1/tickets/statuses":
        return { data: state.statuses };
      case "GET api/v1/tickets/priorities":
        return { data: state.priorities };
      case "GET api/v1/tags/cloud":
        return { data: { tags: [] } };
      case "GET api/v1/services":
        return page([{ service_id: "s1", service_name: "Labour" }]);
      case "POST api/v1/tickets":
        return answerPost({ data: created(body as { title: string }) });
      case `GET ${ticketPath}`:
        return { data: state.ticket };
      case "GET api/v1/tickets/:other":
        return { data: otherTicket };
      // A change to a ticket answers its raw row, which the app reads only the id of (contract §8.3).
      case `PUT ${ticketPath}`:
      case `PUT ${ticketPath}/status`:
      case `PUT ${ticketPath}/assignment`:
      case "PUT api/v1/tickets/:other":
      case "PUT api/v1/tickets/:other/status":
      case "PUT api/v1/tickets/:other/assignment":
        return { data: { ticket_id: otherTicket?.ticket_id ?? ticketId } };
      case `GET api/v1/tags/entity/ticket/${ticketId}`:
        return { data: [] };
      case `GET ${ticketPath}/comments`:
        return { data: [...state.comments].reverse() };
      case `GET ${ticketPath}/time-entries`:
        return { data: timeSummary(state.timeEntries) };
      case `GET ${ticketPath}/checklist`:
        return { data: state.checklist.map(checklistRow) };
      case `POST ${ticketPath}/checklist`: {
        const { item_name } = body as { item_name: string };
        state.checklist.push({ checklist_item_id: `i${state.checklist.length}`, item_name });
        return answerPost({ data: checklistRow(state.checklist.at(-1)!) });
      }
      case `POST ${ticketPath}/comments`: {
        const { comment_text, is_internal, scheduled_publish_at } = body as {
          comment_text: string;
          is_internal: boolean;
          scheduled_publish_at?: string;
        };
        const comment = {
          publish_state: state.newerServer && scheduled_publish_at ? "scheduled" : "published",
          comment_id: `c${state.comments.length}`,
          ticket_id: ticketId,
          created_by: me,
          comment_text,
          created_at: new Date().toISOString(),
          is_internal,
          is_resolution: false,
        };
        state.comments.push(comment);
        return answerPost({ data: comment });
      }
      case "GET api/v1/interactions":
        // Newest first, filtered by equality as the server does (awareness §7.3).
        return page(
          state.interactions
            .filter((row) =>
              ["ticket_id", "type_id", "user_id"].every((key) => !query[key] || row[key as keyof Interaction] === query[key]),
            )
            .toReversed(),
        );
      case "POST api/v1/interactions": {
        const { type_id, ticket_id, start_time, interaction_date } = body as Interaction;
        const row = { interaction_id: `i${state.interactions.length}`, type_id, ticket_id, user_id: me, start_time, interaction_date };
        state.interactions.push(row);
        return answerPost({ data: row });
      }
      case "POST api/v1/time-entries": {
        const { start_time, end_time } = body as { start_time: string; end_time: string };
        // Half-open intervals: touching ends are fine (contract §10).
        if (state.timeEntries.some((entry) => entry.start_time < end_time && start_time < entry.end_time))
          throw new ApiError("conflict", { status: 409, message: "Time entry overlaps with existing entry" });
        const entry = { entry_id: `e${state.timeEntries.length}`, start_time, end_time };
        state.timeEntries.push(entry);
        return answerPost({ data: timeEntryRow(entry) });
      }
    }
    throw new Error(`The fake Alga server has no answer for ${method} ${path}`);
  }

  function created({ title }: { title: string }) {
    const ticket = { ...state.ticket, ticket_id: `ticket-${state.otherTickets.length + 2}`, title, entered_by: me };
    state.otherTickets.push(ticket);
    return { ...ticket, ticket_number: `TIC00${1000 + state.otherTickets.length}` };
  }

  const calls: Call[] = [];
  const api: ApiClient = {
    async request(path, options) {
      const method = options.method ?? "GET";
      calls.push({ method, path, query: options.query, body: options.body });
      const failures = state.failNext.get(`${method} ${path}`);
      if (failures?.length) throw failures.shift();
      if (answers.length > 0) {
        const answer = answers.shift();
        if (answer instanceof Error) throw answer;
        return options.schema.parse(answer);
      }
      return options.schema.parse(answerFromState(method, path, options.body, options.query));
    },
  };
  return { api, state, calls };
}

const page = (data: unknown[]) => ({
  data,
  pagination: { page: 1, limit: 100, total: data.length, totalPages: 1, hasNext: false, hasPrev: false },
});

const checklistRow = ({ checklist_item_id, item_name }: ChecklistItem) => ({
  checklist_item_id,
  ticket_id: ticketId,
  item_name,
  description: null,
  order_number: 0,
  is_required: false,
  completed: false,
  completed_by: null,
  completed_at: null,
  completed_by_name: null,
  source: "manual",
});

const timeEntryRow = (entry: TimeEntry) => ({
  ...entry,
  work_item_id: ticketId,
  work_item_type: "ticket",
  notes: null,
  service_id: "s1",
  billable_duration: 0,
  duration_hours: "0.00",
  is_billable: true,
});

/** The ticket's time summary (fieldkit §4.5) with every entry the caller's own. */
function timeSummary(entries: readonly TimeEntry[]) {
  return {
    entries: entries.map((entry) => ({
      ...entry,
      user_id: me,
      work_date: entry.start_time.slice(0, 10),
      billable_duration: 0,
      notes: null,
      service_id: "s1",
      is_own: true,
    })),
    ownTotalMinutes: 0,
    ownEntryCount: entries.length,
    othersTotalMinutes: 0,
    othersEntryCount: 0,
    othersHiddenMinutes: 0,
    othersHiddenCount: 0,
    totalMinutes: 0,
  };
}
