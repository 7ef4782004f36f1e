/** Row types of cooperation requests: event log, derived state, status queries, reminders sent (both dialects; see ../schema.ts). */

export interface RequestsTable {
  id: string;
  case_id: string | null;
  /** Which end this node is on. */
  side: string;
  regime: string;
  instrument: string;
  requesting_state: string;
  requested_state: string;
  status: string;
  /** Number of events folded into `state`. */
  version: number;
  /** JSON of the derived RequestState. */
  state: string;
  created_at: string;
  updated_at: string;
}

export interface RequestEventsTable {
  request_id: string;
  seq: number;
  type: string;
  at: string;
  automatic: number;
  event: string;
}

/** A status-and-progress query on a request, on the node that asked it or the node that answers it. */
export interface RequestStatusQueriesTable {
  id: string;
  request_id: string;
  side: 'requesting' | 'requested';
  /** The other node: the one asked (requesting side) or the one asking (requested side). */
  peer: string;
  question: string | null;
  /** User id on the asking node; `<peer node>:<user id>` where the query was received. */
  asked_by: string | null;
  asked_at: string;
  /** The `request.status_query` message that carried it. */
  message_id: string;
  /** JSON list of answers, oldest first. */
  answers: string;
  last_answered_at: string | null;
}

/** A reminder sent for one running deadline of a request, at one due instant. */
export interface DeadlineRemindersSentTable {
  request_id: string;
  reminder_id: string;
  due_at: string;
  sent_at: string;
}

/** A federation message that carried a request, sent or received: its receipts show on the request. */
export interface RequestMessagesTable {
  message_id: string;
  request_id: string;
  direction: 'out' | 'in';
  type: string;
  peer: string;
  at: string;
}

export interface RequestsTables {
  request_messages: RequestMessagesTable;
  requests: RequestsTable;
  request_events: RequestEventsTable;
  request_status_queries: RequestStatusQueriesTable;
  deadline_reminders_sent: DeadlineRemindersSentTable;
}
