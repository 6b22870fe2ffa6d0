import type { ApiClient } from "../api/client";
import type { ApiError } from "../api/errors";
import type { StoredText } from "../i18n/stored-text";

/** What the outbox needs to know of a change: changes of one ticket are sent in order. */
export interface OutboxChange {
  kind: string;
  ticketId: string;
}

export type ChangeState =
  /** Waiting for its turn or for the network. */
  | "pending"
  /** Handed to the network; if the app dies now, the outcome is unknown. */
  | "sending"
  /** Sent, but the answer was lost: the server may have it. Checked before any re-send. */
  | "unknown"
  /** Refused by the server (400/403/404/409): waits for the user to retry or discard. */
  | "failed"
  /** The ticket changed on the server since the user saw it: waits for the user's decision. */
  | "conflict";

export interface QueuedChange<C extends OutboxChange> {
  id: string;
  change: C;
  createdAt: number;
  /** The ticket's `updated_at` when the user made the change (for conflict detection; the server has none). */
  baseUpdatedAt: string | null;
  state: ChangeState;
  attempts: number;
  nextAttemptAt: number;
  /** When the last send started: bounds the search for a change that may have landed. */
  sentAt: number | null;
  /** Why it is not sent, shown in the language active when shown (stored-text.ts). */
  error: StoredText | null;
  /** The user chose to apply it over someone else's newer change. */
  force: boolean;
  /**
   * The records on the server this change could be taken for, as they were just before it first left (or left
   * again after a refusal): after a lost answer, only a look-alike not among them proves it landed.
   */
  lookalikesBefore?: string[];
  /** The server's details of a refusal (which fields it refused), for the screen where the user fixes the change. */
  errorDetails?: unknown;
}

/** Temporary ticket ids of tickets created through the outbox, each with the id the server gave it. */
export type CreatedIds = Readonly<Record<string, string>>;

/** What sending achieved: a change that creates its ticket answers with the ticket's real id. */
export type SendOutcome = "sent" | "conflict" | { createdTicketId: string };

/** How changes reach the server: the outbox only stores, orders and retries them. */
export interface ChangeSender<C extends OutboxChange> {
  /**
   * Sends one change exactly once: "conflict" when someone else changed its ticket; throws ApiError otherwise.
   * `created` are the tickets this queue created before (a lost create's look-up must not claim one of them).
   */
  send: (api: ApiClient, item: QueuedChange<C>, userId: string, created: CreatedIds) => Promise<SendOutcome>;
  /** A change that creates a record (a POST): when its answer is lost, whether it landed is unknown. */
  createsRecord: (change: C) => boolean;
  /**
   * The ids of records on the server the change could not be told apart from once landed, or null when it
   * needs none; looked up before the change leaves while nothing of it can be on the server yet.
   */
  lookalikes?: (api: ApiClient, change: C, userId: string) => Promise<string[] | null>;
  /** What to tell the technician when the server refuses the change. */
  refusalMessage: (change: C, error: ApiError) => StoredText;
  /** Whether `later` must wait while `earlier` is refused or in conflict: only those are held back. */
  dependsOn: (later: C, earlier: C) => boolean;
}
