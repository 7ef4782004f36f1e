/** Row types of multilateral alerts (both dialects; see ../schema.ts). */

/** An alert this node sent to many States: one logical message. */
export interface AlertsSentTable {
  id: string;
  /** 'alert' or 'spontaneous_information'. */
  kind: string;
  title: string;
  body: string;
  /** 'clear', 'green' or 'amber': how far each recipient may pass it on. */
  tlp: string;
  sent_by: string | null;
  created_at: string;
}

/** One recipient of a sent alert, with the envelope that carries it there and its answer. */
export interface AlertRecipientsTable {
  alert_id: string;
  peer: string;
  state: string;
  message_id: string;
  answer: string | null;
  answered_at: string | null;
}

/** An alert another State sent to this node. */
export interface AlertsReceivedTable {
  from_node: string;
  id: string;
  from_state: string;
  kind: string;
  title: string;
  body: string;
  tlp: string;
  /** JSON string[]: every State the sender addressed. */
  recipients: string;
  message_id: string;
  sent_at: string;
  received_at: string;
  opened_at: string | null;
  opened_by: string | null;
  answer: string | null;
  answered_at: string | null;
  answered_by: string | null;
}

export interface AlertTables {
  alerts_sent: AlertsSentTable;
  alert_recipients: AlertRecipientsTable;
  alerts_received: AlertsReceivedTable;
}
