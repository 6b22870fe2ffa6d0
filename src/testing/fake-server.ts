import type { ApiClient } from "../api/client";
import { ApiError } from "../api/errors";

export const me = "user-me";
export const ticketId = "ticket-1";

export interface Call {
  method: string;
  path: string;
  body?: unknown;
}

/** A fake Alga server behind the ApiClient interface: records calls, answers from a small state. */
export function fakeServer() {
  const state = {
    comments: [] as {
      comment_id: string;
      ticket_id: string;
      created_by: string;
      comment_text: string;
      created_at: string;
      is_internal: boolean;
      is_resolution: boolean;
    }[],
    ticket: {
      ticket_id: ticketId,
      updated_at: "2026-11-28T10:00:00.000Z",
      updated_by: me,
      attributes: { description: "desc", watcher_user_ids: ["w1"] } as Record<string, unknown>,
    },
    /** Errors to throw for the next matching calls ("METHOD path"). */
    failNext: new Map<string, ApiError[]>(),
    /** Commit the next POST but lose its answer. */
    dropNextPost: false,
    timeEntries: [] as unknown[],
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
  const calls: Call[] = [];
  const api: ApiClient = {
    async request(path, options) {
      const method = options.method ?? "GET";
      calls.push({ method, path, body: options.body });
      const failures = state.failNext.get(`${method} ${path}`);
      if (failures?.length) throw failures.shift();
      if (method === "GET" && path.endsWith("/comments")) return { data: [...state.comments].reverse() } as never;
      if (method === "GET" && path === "api/v1/tickets/statuses") return { data: state.statuses } as never;
      if (method === "GET" && path === "api/v1/tickets/priorities") return { data: state.priorities } as never;
      if (method === "GET" && path.endsWith("/checklist")) return { data: [] } as never;
      if (method === "GET") return { data: state.ticket } as never;
      if (method === "POST" && path.endsWith("/comments")) {
        const body = options.body as { comment_text: string; is_internal: boolean };
        state.comments.push({
          comment_id: `c${state.comments.length}`,
          ticket_id: ticketId,
          created_by: me,
          comment_text: body.comment_text,
          created_at: new Date().toISOString(),
          is_internal: body.is_internal,
          is_resolution: false,
        });
        if (state.dropNextPost) {
          state.dropNextPost = false;
          throw new ApiError("network");
        }
        return { data: state.comments.at(-1) } as never;
      }
      if (method === "POST" && path === "api/v1/time-entries") {
        if (state.timeEntries.length > 0)
          throw new ApiError("conflict", { status: 409, message: "Time entry overlaps with existing entry" });
        state.timeEntries.push(options.body);
        if (state.dropNextPost) {
          state.dropNextPost = false;
          throw new ApiError("network");
        }
        return { data: {} } as never;
      }
      return { data: { ticket_id: ticketId } } as never;
    },
  };
  return { api, state, calls };
}
