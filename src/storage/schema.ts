/**
 * Row types of every table, shared by both dialects. Times are ISO-8601 UTC strings with
 * milliseconds (sortable as text on both engines); JSON columns hold canonical text.
 */
import type { Generated } from 'kysely';

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

export interface NodeSettingsTable {
  key: string;
  value: string;
  updated_at: string;
}

export interface UsersTable {
  id: string;
  username: string;
  display_name: string;
  email: string | null;
  password_hash: string;
  /** JSON array of role names. */
  roles: string;
  authority_id: string | null;
  totp_secret: string | null;
  totp_enabled: number;
  failed_logins: number;
  locked_until: string | null;
  must_change_password: number;
  disabled: number;
  created_at: string;
  updated_at: string;
}

export interface SessionsTable {
  /** SHA-256 of the session secret; the secret itself only lives in the cookie. */
  id_hash: string;
  user_id: string;
  csrf_token: string;
  created_at: string;
  expires_at: string;
  last_seen_at: string;
  /** 1 once the second factor has been passed (or when none is enabled). */
  mfa_passed: number;
}

export interface ApiTokensTable {
  id: string;
  user_id: string;
  name: string;
  token_hash: string;
  prefix: string;
  created_at: string;
  expires_at: string | null;
  last_used_at: string | null;
  revoked_at: string | null;
}

export interface LoginAttemptsTable {
  id: Generated<number>;
  username: string;
  at: string;
  succeeded: number;
}

export interface StatesTable {
  code: string;
  name: string;
  node_url: string | null;
  /** JSON arrays. */
  languages: string;
  regimes: string;
  declarations: string;
  created_at: string;
  updated_at: string;
}

export interface AuthoritiesTable {
  id: string;
  state_code: string;
  type: string;
  name: string;
  languages: string;
  timezone: string;
  created_at: string;
  updated_at: string;
}

export interface ContactsTable {
  id: string;
  authority_id: string;
  name: string;
  role: string;
  email: string | null;
  phone: string | null;
  timezone: string | null;
  available_24_7: number;
  created_at: string;
  updated_at: string;
}

/** A table the storage conformance suite uses; also the "state row" of the write benchmark. */
export interface ConformanceItemsTable {
  id: string;
  name: string;
  version: number;
  body: string;
  created_at: string;
}

export interface CasesTable {
  id: string;
  reference: string;
  title: string;
  summary: string;
  authority_id: string | null;
  status: string;
  /** 1 when the case holds personal data: every read of it is then recorded. */
  personal_data: number;
  created_by: string;
  created_at: string;
  updated_at: string;
}

export interface CaseMembersTable {
  case_id: string;
  user_id: string;
  case_role: string;
  added_by: string;
  added_at: string;
}

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

export interface EvidenceTable {
  id: string;
  case_id: string;
  request_id: string | null;
  item_id: string | null;
  filename: string;
  media_type: string;
  size: number;
  /** SHA-256 (hex) of the plaintext, computed as it streamed in. */
  sha256: string;
  chunk_size: number;
  /** The file's own AES-256-GCM key, sealed with the node's evidence key. */
  key_sealed: string;
  created_by: string;
  created_at: string;
}

/** Status of a transfer on the sending side. */
export type OutgoingTransferStatus = 'sending' | 'sent' | 'verified' | 'rejected' | 'failed';

/** An evidence file being sent to the other State of a request, chunk by chunk. */
export interface EvidenceTransfersOutTable {
  id: string;
  evidence_id: string;
  request_id: string;
  peer: string;
  size: number;
  sha256: string;
  chunk_size: number;
  chunk_count: number;
  /** Chunks 0 .. chunks_queued-1 have been put in the outbox. */
  chunks_queued: number;
  /** Chunks whose envelopes the peer has receipted (`accepted`). */
  chunks_acknowledged: number;
  status: OutgoingTransferStatus;
  reason: string | null;
  offer_message_id: string;
  /** The evidence id the receiving node filed the file under, once it verified it. */
  remote_evidence_id: string | null;
  created_by: string;
  created_at: string;
  updated_at: string;
}

/** The outbox message that carries one chunk of an outgoing transfer. */
export interface EvidenceTransferChunksOutTable {
  transfer_id: string;
  chunk_index: number;
  message_id: string;
}

/** Status of a transfer on the receiving side. */
export type IncomingTransferStatus = 'receiving' | 'complete' | 'verified' | 'rejected';

/** An evidence file arriving from the other State; chunks are sealed in place as they come. */
export interface EvidenceTransfersInTable {
  id: string;
  from_node: string;
  request_id: string;
  case_id: string;
  remote_evidence_id: string;
  item_id: string | null;
  filename: string;
  media_type: string;
  size: number;
  sha256: string;
  chunk_size: number;
  chunk_count: number;
  chunks_received: number;
  /** Hex bitmap, one bit per chunk, chunk 0 first. */
  received_map: string;
  status: IncomingTransferStatus;
  reason: string | null;
  /** The local evidence id (chosen at the offer; the row in `evidence` appears once verified). */
  evidence_id: string;
  key_sealed: string;
  created_at: string;
  updated_at: string;
}

export interface Schema {
  incidents: IncidentsTable;
  incident_objects: IncidentObjectsTable;
  incident_timeline: IncidentTimelineTable;
  request_observables: RequestObservablesTable;
  incident_shares: IncidentSharesTable;
  shared_objects: SharedObjectsTable;
  withdrawn_objects: WithdrawnObjectsTable;
  onward_consents: OnwardConsentsTable;
  correlation_alerts: CorrelationAlertsTable;
  stix_objects: StixObjectsTable;
  observables: ObservablesTable;
  evidence: EvidenceTable;
  evidence_transfers_out: EvidenceTransfersOutTable;
  evidence_transfer_chunks_out: EvidenceTransferChunksOutTable;
  evidence_transfers_in: EvidenceTransfersInTable;
  oncall_shifts: OncallShiftsTable;
  webhooks: WebhooksTable;
  notifications: NotificationsTable;
  requests: RequestsTable;
  request_events: RequestEventsTable;
  request_status_queries: RequestStatusQueriesTable;
  retention_deadlines: RetentionDeadlinesTable;
  deadline_reminders_sent: DeadlineRemindersSentTable;
  cases: CasesTable;
  case_members: CaseMembersTable;
  audit_events: AuditEventsTable;
  audit_head: AuditHeadTable;
  node_settings: NodeSettingsTable;
  users: UsersTable;
  sessions: SessionsTable;
  api_tokens: ApiTokensTable;
  login_attempts: LoginAttemptsTable;
  states: StatesTable;
  authorities: AuthoritiesTable;
  contacts: ContactsTable;
  conformance_items: ConformanceItemsTable;
  federation_keys: FederationKeysTable;
  peers: PeersTable;
  outbox: OutboxTable;
  inbox_messages: InboxMessagesTable;
  receipts: ReceiptsTable;
  delivery_alerts: DeliveryAlertsTable;
}

/** This node's key pairs; the private half sealed under COMITY_KEY_SECRET (scrypt + AES-GCM). */
export interface FederationKeysTable {
  kid: string;
  use: 'sig' | 'enc';
  /** Hosted authority id, or '' for the node's own keys. */
  authority: string;
  public_jwk: string;
  /** JSON of the sealed key document. */
  sealed: string;
  not_before: string;
  not_after: string | null;
  status: 'active' | 'retired' | 'revoked';
  /** Rotation announcement signed by the key this one replaced, if any. */
  announcement: string | null;
  created_at: string;
}

/** A trusted peer node, from its verified card; also its delivery back-off and lease. */
export interface PeersTable {
  node_id: string;
  url: string;
  state: string;
  fingerprint: string;
  /** The last verified compact card. */
  card: string;
  /** JSON KeyRecord[]: every key ever trusted, so old messages stay verifiable. */
  keys: string;
  /** JSON HostedAuthority[]. */
  authorities: string;
  status: 'active' | 'revoked';
  failures: number;
  next_attempt_at: string | null;
  last_error: string | null;
  lease_owner: string | null;
  lease_until: string | null;
  added_at: string;
  updated_at: string;
}

/** One sealed envelope waiting for (or done with) delivery; `seq` orders a peer's queue. */
export interface OutboxTable {
  seq: Generated<number>;
  message_id: string;
  peer: string;
  type: string;
  envelope: string;
  digest: string;
  bytes: number;
  status: 'pending' | 'accepted' | 'rejected';
  attempts: number;
  last_attempt_at: string | null;
  last_error: string | null;
  created_at: string;
  expires_at: string;
  accepted_at: string | null;
  alerted_at: string | null;
}

/** Accepted messages, kept at least until they expire so a replay is recognised. */
export interface InboxMessagesTable {
  message_id: string;
  from_node: string;
  from_authority: string | null;
  to_authority: string | null;
  type: string;
  digest: string;
  envelope: string;
  payload: string;
  batch_id: string | null;
  created_at: string;
  expires_at: string;
  received_at: string;
  /** The compact signed `accepted` receipt, returned again for duplicates. */
  receipt: string;
}

/** Signed receipts: ones peers gave us about our messages, and ones we gave about theirs. */
export interface ReceiptsTable {
  id: string;
  message_id: string;
  direction: 'sent' | 'received';
  receipt_type: string;
  peer: string;
  envelope_digest: string;
  /** The signed `at` of the receipt: legal clocks start here. */
  signed_at: string;
  compact: string;
  stored_at: string;
}

/** A message that has waited too long (or was refused), shown to the 24/7 officer. */
export interface DeliveryAlertsTable {
  id: string;
  message_id: string;
  peer: string;
  reason: string;
  detail: string;
  raised_at: string;
  resolved_at: string | null;
}

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

/** Until when a received object may be kept (the sender's `retentionUntil`), as an instant. */
export interface RetentionDeadlinesTable {
  object_id: string;
  source: string;
  retain_until: string;
  condition: string;
}

/** A reminder sent for one running deadline of a request, at one due instant. */
export interface DeadlineRemindersSentTable {
  request_id: string;
  reminder_id: string;
  due_at: string;
  sent_at: string;
}
