/** Row types of the audit log (both dialects; see ../schema.ts). */

export interface AuditEventsTable {
  seq: number;
  id: string;
  at: string;
  actor_type: string;
  actor_id: string;
  action: string;
  subject_type: string;
  subject_id: string;
  legal_basis: string | null;
  request_id: string | null;
  details: string;
  prev_hash: string;
  hash: string;
}

/** One row (id = 1): the last event's position, written in the same transaction as each append. */
export interface AuditHeadTable {
  id: number;
  seq: number;
  hash: string;
}

export interface AuditTables {
  audit_events: AuditEventsTable;
  audit_head: AuditHeadTable;
}
