/** Row types of sharing: STIX objects, the observable index, incidents, shares, correlation, retention (both dialects; see ../schema.ts). */

/** One version of a STIX 2.1 object; `is_current` marks the newest version of each id. */
export interface StixObjectsTable {
  id: string;
  /** `modified` (else `created`, else '') with nine fractional digits: text order is time order. */
  modified: string;
  type: string;
  created_by_ref: string | null;
  revoked: number;
  is_current: number;
  /** 'local', or the node id of the peer that sent this version. */
  source: string;
  source_ref: string | null;
  target_ref: string | null;
  /** The object as JSON text. */
  object: string;
  /** JSON of the share context it was received or shared under; null for local objects. */
  share_context: string | null;
  stored_at: string;
}

/** The correlation index: one row per (kind, value, subject), looked up by `key`. */
export interface ObservablesTable {
  /** First 53 bits of SHA-256(kind NUL value). */
  key: number;
  kind: string;
  value: string;
  subject_type: string;
  subject_id: string;
}

/** An incident's Comity facts; its STIX `incident` object is in `stix_objects` (`stix_id`). */
export interface IncidentsTable {
  id: string;
  stix_id: string;
  case_id: string | null;
  title: string;
  status: string;
  /** JSON list of ISO codes. */
  affected_states: string;
  /** JSON list of sector names. */
  sectors: string;
  legal_basis: string;
  /** 'local', or the node id of the peer it was received from. */
  origin_node: string;
  origin_state: string;
  /** JSON list of local user ids. */
  assignees: string;
  created_by: string;
  created_at: string;
  updated_at: string;
}

export interface IncidentObjectsTable {
  incident_id: string;
  object_id: string;
  added_at: string;
}

export interface IncidentTimelineTable {
  id: string;
  incident_id: string;
  at: string;
  kind: string;
  text: string;
  actor: string;
  /** JSON object. */
  details: string;
}

export interface RequestObservablesTable {
  request_id: string;
  incident_id: string;
  /** JSON list of {kind, value, itemId?}. */
  observables: string;
  updated_at: string;
}

export interface IncidentSharesTable {
  id: string;
  incident_id: string;
  direction: 'out' | 'in';
  /** JSON list of peer node ids. */
  peers: string;
  context: string;
  conditions: string;
  /** JSON: per peer, objects sent and withheld. */
  outcome: string;
  created_by: string;
  created_at: string;
}

/** Which version of an object went to which peer, under which context and conditions. */
export interface SharedObjectsTable {
  object_id: string;
  peer: string;
  share_id: string;
  incident_id: string;
  modified: string;
  context: string;
  conditions: string;
  status: 'sent' | 'withdrawn';
  updated_at: string;
}

export interface WithdrawnObjectsTable {
  object_id: string;
  from_node: string;
  reason: string;
  at: string;
}

export interface OnwardConsentsTable {
  incident_id: string;
  state: string;
  reference: string;
  recorded_by: string;
  recorded_at: string;
}

export interface CorrelationAlertsTable {
  id: string;
  kind: string;
  value: string;
  subject_type: string;
  subject_id: string;
  subject_source: string;
  matched_type: string;
  matched_id: string;
  matched_source: string;
  /** JSON list of incident ids told about it. */
  incidents: string;
  raised_at: string;
}

/** Until when a received object may be kept (the sender's `retentionUntil`), as an instant. */
export interface RetentionDeadlinesTable {
  object_id: string;
  source: string;
  retain_until: string;
  condition: string;
}

export interface SharingTables {
  stix_objects: StixObjectsTable;
  observables: ObservablesTable;
  incidents: IncidentsTable;
  incident_objects: IncidentObjectsTable;
  incident_timeline: IncidentTimelineTable;
  request_observables: RequestObservablesTable;
  incident_shares: IncidentSharesTable;
  shared_objects: SharedObjectsTable;
  withdrawn_objects: WithdrawnObjectsTable;
  onward_consents: OnwardConsentsTable;
  correlation_alerts: CorrelationAlertsTable;
  retention_deadlines: RetentionDeadlinesTable;
}
