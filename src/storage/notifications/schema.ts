/** Row types of notifications: on-call shifts, webhooks, the delivery queue (both dialects; see ../schema.ts). */

export interface OncallShiftsTable {
  id: string;
  authority_id: string;
  user_id: string;
  position: number;
  starts_at: string;
  ends_at: string;
  timezone: string;
}

export interface WebhooksTable {
  id: string;
  url: string;
  secret: string;
  /** JSON array of event names, or ["*"]. */
  events: string;
  active: number;
  created_at: string;
}

export interface NotificationsTable {
  id: string;
  channel: string;
  /** An e-mail address, or a webhook id. */
  target: string;
  event: string;
  subject: string;
  /** Plain text for e-mail; the JSON document for webhooks. */
  body: string;
  status: string;
  attempts: number;
  next_attempt_at: string;
  last_error: string | null;
  created_at: string;
  sent_at: string | null;
}

export interface NotificationsTables {
  oncall_shifts: OncallShiftsTable;
  webhooks: WebhooksTable;
  notifications: NotificationsTable;
}
