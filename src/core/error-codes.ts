/**
 * Every stable code a Comity error can carry — in problem+json bodies, inbox refusals and
 * `request.command_refused` messages — with its kind (which the HTTP edge maps to a status)
 * and its meaning. A code is published once and never changes kind; new codes are added here
 * first, and `DomainError` takes only codes from this list (the compiler checks it; a test
 * checks every code is used and documented in docs/ERRORS.md).
 */

export type ErrorKind =
  | 'invalid' // the input is malformed or breaks a rule (400)
  | 'unauthenticated' // no valid credentials (401)
  | 'forbidden' // authenticated but not allowed (403)
  | 'not_found' // the subject does not exist or is not visible (404)
  | 'conflict' // the subject's current state forbids the action (409)
  | 'too_large' // the payload exceeds a limit (413)
  | 'unsupported' // the body is in a media type the route does not take (415)
  | 'unprocessable' // well-formed, but cannot be acted on as sent (422)
  | 'rate_limited' // too many attempts (429)
  | 'internal' // an unexpected failure; nothing about it is disclosed (500)
  | 'unavailable'; // a dependency is down or not set up (503)

interface Entry {
  readonly kind: ErrorKind;
  readonly meaning: string;
}

export const ERROR_CODES = {
  // The HTTP edge: what every route answers before any command runs.
  validation_failed: {
    kind: 'invalid',
    meaning: 'The input does not satisfy its schema or a rule; `errors[]` names each field.',
  },
  malformed_body: {
    kind: 'invalid',
    meaning:
      'The body is not valid JSON (or not valid UTF-8), is empty, or does not match its Content-Length.',
  },
  bad_request: { kind: 'invalid', meaning: 'The HTTP request itself is malformed (for example its URL).' },
  unsupported_media_type: {
    kind: 'unsupported',
    meaning: 'The body is in a media type this route does not accept.',
  },
  payload_too_large: {
    kind: 'too_large',
    meaning: 'The body, file or message exceeds the configured limit.',
  },
  route_not_found: { kind: 'not_found', meaning: 'No route answers this method and path.' },
  internal_error: {
    kind: 'internal',
    meaning: 'An unexpected failure; the answer names only the request id to quote to the administrator.',
  },
  migrations_pending: {
    kind: 'unavailable',
    meaning: 'The database schema is behind this version of Comity; run `comity migrate`.',
  },
  database_unavailable: { kind: 'unavailable', meaning: 'The database cannot be reached or opened.' },
  migration_failed: {
    kind: 'unavailable',
    meaning: 'A database migration failed; the schema was left as it was before it.',
  },
  audit_log_damaged: {
    kind: 'internal',
    meaning: 'The audit log has no head row: the database was not migrated, or was altered outside Comity.',
  },

  // Accounts, sessions, tokens.
  unauthenticated: { kind: 'unauthenticated', meaning: 'The route needs a session cookie or an API token.' },
  invalid_credentials: { kind: 'unauthenticated', meaning: 'The username or password is wrong.' },
  totp_required: {
    kind: 'unauthenticated',
    meaning: 'The account has a second factor: send the current TOTP code.',
  },
  invalid_totp: { kind: 'unauthenticated', meaning: 'The second-factor code is wrong or expired.' },
  bad_authorization_header: {
    kind: 'unauthenticated',
    meaning: 'The Authorization header is not `Bearer <token>`.',
  },
  invalid_token: { kind: 'unauthenticated', meaning: 'The API token is unknown, revoked or expired.' },
  account_locked: {
    kind: 'forbidden',
    meaning: 'Too many failed logins: the account is locked until the time given.',
  },
  too_many_login_attempts: {
    kind: 'rate_limited',
    meaning: 'Too many login attempts from this address; wait before trying again.',
  },
  csrf_token_invalid: {
    kind: 'forbidden',
    meaning: 'A cookie-authenticated write did not echo the session CSRF token in X-CSRF-Token.',
  },
  password_change_required: {
    kind: 'forbidden',
    meaning: 'The account still has its one-time password; change it first.',
  },
  forbidden: { kind: 'forbidden', meaning: 'None of your roles may do this.' },
  role_not_held: { kind: 'forbidden', meaning: 'You asked to act in a role you do not hold.' },
  weak_password: { kind: 'invalid', meaning: 'The new password is too short or too common.' },
  wrong_password: { kind: 'invalid', meaning: 'The current password given is wrong.' },
  username_taken: { kind: 'conflict', meaning: 'Another account has this username.' },
  last_admin: {
    kind: 'conflict',
    meaning: 'The change would leave the node without an active administrator.',
  },
  unknown_authority: { kind: 'invalid', meaning: 'The authority named for the user is not in the register.' },
  totp_already_enabled: { kind: 'conflict', meaning: 'The second factor is already enabled.' },
  totp_not_started: { kind: 'conflict', meaning: 'Start the second-factor enrolment before confirming it.' },
  totp_confirmation_failed: {
    kind: 'invalid',
    meaning: 'The code given to confirm second-factor enrolment is wrong or expired.',
  },
  user_not_found: { kind: 'not_found', meaning: 'No such user.' },
  api_token_not_found: { kind: 'not_found', meaning: 'No such API token of yours.' },

  // Register and node identity.
  state_exists: { kind: 'conflict', meaning: 'The State is already in the register.' },
  state_has_authorities: { kind: 'conflict', meaning: 'The State still has authorities; remove them first.' },
  state_not_found: { kind: 'not_found', meaning: 'No such State in the register.' },
  authority_in_use: {
    kind: 'conflict',
    meaning: 'The authority is still referred to (users, cases, the node identity).',
  },
  authority_not_found: { kind: 'not_found', meaning: 'No such authority in the register.' },
  contact_not_found: { kind: 'not_found', meaning: 'No such contact.' },
  not_your_authority: {
    kind: 'forbidden',
    meaning: "You may manage only your own authority's roster and contacts.",
  },
  node_not_configured: {
    kind: 'conflict',
    meaning: "This node's State is not set yet (PUT /api/node/identity or `comity setup`).",
  },
  node_identity_missing: {
    kind: 'conflict',
    meaning: 'This node has no identity yet: run `comity setup` first.',
  },

  // Cases.
  case_not_found: { kind: 'not_found', meaning: 'No such case, or none you need to know about.' },
  case_member_not_found: { kind: 'not_found', meaning: 'The user is not a member of the case.' },
  case_reference_taken: { kind: 'conflict', meaning: 'Another case has this reference.' },
  case_closed: { kind: 'conflict', meaning: 'The case is closed.' },
  last_case_lead: { kind: 'conflict', meaning: 'A case needs at least one lead.' },
  not_case_lead: { kind: 'forbidden', meaning: 'Only a lead of the case may change its members.' },
  unknown_user: { kind: 'invalid', meaning: 'A user named in the input does not exist.' },

  // Cooperation requests and the legal core.
  request_not_found: { kind: 'not_found', meaning: 'No such request, or none you need to know about.' },
  request_exists: { kind: 'conflict', meaning: 'A request with this id already exists.' },
  illegal_transition: {
    kind: 'conflict',
    meaning: "The request's status does not allow this action; `details.allowed` lists the statuses that do.",
  },
  stale_version: {
    kind: 'conflict',
    meaning: 'The request changed since you read it (expectedVersion); reload it and act again.',
  },
  malformed_command: {
    kind: 'invalid',
    meaning: 'The action is not one this node knows, or its fields are malformed.',
  },
  missing_required_field: {
    kind: 'invalid',
    meaning: 'A field the instrument requires (per its regime pack) is missing.',
  },
  invalid_field_value: {
    kind: 'invalid',
    meaning: 'A field of the request has a value its instrument does not allow.',
  },
  unknown_offence_code: { kind: 'invalid', meaning: 'An offence code is not in the offence catalogue.' },
  serious_crime_details_missing: {
    kind: 'invalid',
    meaning: 'The instrument is for serious crime only: give the maximum penalty of each offence.',
  },
  serious_crime_threshold: {
    kind: 'invalid',
    meaning: 'No offence reaches the serious-crime threshold the instrument requires.',
  },
  coercive_statement_missing: {
    kind: 'invalid',
    meaning: 'A coercive measure needs the statements its regime requires (UNCC art. 24).',
  },
  duplicate_item: { kind: 'invalid', meaning: 'Two items of the request have the same id.' },
  unknown_item: { kind: 'invalid', meaning: 'The action names an item the request does not have.' },
  item_not_found: { kind: 'not_found', meaning: 'The request has no such item.' },
  item_already_decided: { kind: 'conflict', meaning: 'The item was already executed or refused.' },
  unknown_ground: {
    kind: 'invalid',
    meaning: 'The refusal or postponement ground is not a ground of the regime.',
  },
  refusal_ground_not_permitted: {
    kind: 'conflict',
    meaning:
      'The regime does not permit this ground of refusal for this instrument; `details.permitted` lists those it does.',
  },
  postponement_ground_not_permitted: {
    kind: 'conflict',
    meaning: 'The regime does not permit this ground of postponement for this instrument.',
  },
  reasons_required: {
    kind: 'invalid',
    meaning: 'Reasons must be given (refusal, postponement, extension where the rule asks).',
  },
  consultation_required: {
    kind: 'conflict',
    meaning: 'The regime requires consulting the requesting State before this refusal or postponement.',
  },
  consultation_not_open: { kind: 'conflict', meaning: 'No open consultation with this id.' },
  duplicate_consultation: { kind: 'conflict', meaning: 'A consultation with this id already exists.' },
  information_request_not_open: { kind: 'conflict', meaning: 'No open information request with this id.' },
  duplicate_information_request: {
    kind: 'conflict',
    meaning: 'An information request with this id already exists.',
  },
  invalid_condition: { kind: 'invalid', meaning: 'A condition of acceptance is malformed.' },
  invalid_cursor: {
    kind: 'invalid',
    meaning:
      "The page cursor is not one this node gave out (take it from the previous page's `Link` header).",
  },
  conditions_not_agreed: {
    kind: 'conflict',
    meaning: 'The requesting State has not agreed to the conditions of acceptance yet.',
  },
  no_conditions_pending: { kind: 'conflict', meaning: 'There are no conditions to agree to.' },
  invalid_results: {
    kind: 'invalid',
    meaning: 'The transmitted results name unknown or undecided items, or lack their transfer conditions.',
  },
  invalid_screening_answer: {
    kind: 'invalid',
    meaning: 'A screening answer names no question of the instrument, or is malformed.',
  },
  screening_incomplete: {
    kind: 'conflict',
    meaning: 'Every screening question must be answered before acceptance.',
  },
  screening_concern: {
    kind: 'conflict',
    meaning:
      'A screening answer found substantial grounds for concern: the request cannot be accepted as it is.',
  },
  emergency_justification_required: {
    kind: 'invalid',
    meaning: 'An emergency request must say who is at risk, what threatens them and how soon.',
  },
  instrument_not_available: {
    kind: 'conflict',
    meaning: 'The instrument is not available between these two States under this regime; `details` say why.',
  },
  regime_not_found: { kind: 'not_found', meaning: 'No such regime pack or instrument.' },
  calendar_missing: {
    kind: 'conflict',
    meaning: 'The requested State has no working-day calendar, needed for this deadline.',
  },
  deadline_not_found: { kind: 'not_found', meaning: 'The request has no such deadline.' },
  deadline_not_running: { kind: 'conflict', meaning: 'The deadline is stopped or has no due date.' },
  extension_limit_reached: {
    kind: 'conflict',
    meaning: 'The deadline was already extended as many times as the rule allows.',
  },
  extension_not_permitted: { kind: 'conflict', meaning: 'The regime provides no extension of this period.' },
  use_extend_preservation: {
    kind: 'conflict',
    meaning: 'A preservation period is extended with `extend_preservation`, not `extend_deadline`.',
  },
  not_a_preservation: { kind: 'conflict', meaning: 'The action applies only to preservation requests.' },
  preservation_still_active: {
    kind: 'conflict',
    meaning: 'The preservation still holds data: release it or let it lapse first.',
  },
  no_expiry_rule: { kind: 'conflict', meaning: 'The regime sets no end for this preservation.' },
  not_yet_due: { kind: 'conflict', meaning: 'The automatic action is not due yet.' },
  not_yet_expiring: {
    kind: 'conflict',
    meaning: 'The preservation is not within the warning period of its end yet.',
  },
  no_confirmation_pending: { kind: 'conflict', meaning: 'No written confirmation is awaited.' },
  invalid_receipt_time: { kind: 'invalid', meaning: 'The receipt time is not a valid instant.' },
  escalation_out_of_order: {
    kind: 'conflict',
    meaning: 'An escalation level was recorded out of order (already recorded, or a level skipped).',
  },
  concurrent_update: {
    kind: 'conflict',
    meaning: 'The request was changed by another action at the same moment; act again.',
  },
  wrong_side: { kind: 'forbidden', meaning: 'This action belongs to the other State of the request.' },
  role_not_permitted: {
    kind: 'forbidden',
    meaning: 'The regime does not let your role take this action under this instrument.',
  },
  request_not_submitted: {
    kind: 'conflict',
    meaning: 'The request has not been submitted; there is no one to ask yet.',
  },
  request_already_filed: { kind: 'conflict', meaning: 'The received request is already filed in a case.' },
  not_received_here: {
    kind: 'conflict',
    meaning: 'This node sent these data; their conditions bind the State that received them.',
  },
  data_item_not_found: {
    kind: 'not_found',
    meaning: 'No data item with this id was received under the request.',
  },
  status_query_not_found: { kind: 'not_found', meaning: 'No such status query on the request.' },
  note_required: { kind: 'invalid', meaning: 'An answer to a status query needs a note.' },

  // Speciality, onward transfer and data protection.
  retention_expired: {
    kind: 'forbidden',
    meaning: "The sender's retention period has ended: the data may no longer be used or passed on.",
  },
  prior_consent_required: {
    kind: 'forbidden',
    meaning: "Passing the data on needs the sender's prior consent, and none is recorded.",
  },
  onward_transfer_forbidden: {
    kind: 'forbidden',
    meaning: "The sender's conditions forbid passing the data on.",
  },
  consent_form_insufficient: {
    kind: 'forbidden',
    meaning: 'The consent on record is not in the form the conditions require (written).',
  },
  conditions_unreadable: {
    kind: 'forbidden',
    meaning: 'The data arrived without transfer conditions this node can read: no use beyond reading it.',
  },

  // Notifications.
  webhook_not_found: { kind: 'not_found', meaning: 'No such webhook.' },

  // Evidence and evidence transfer.
  upload_not_found: { kind: 'not_found', meaning: 'No such upload of yours.' },
  upload_closed: {
    kind: 'conflict',
    meaning: 'The upload is complete or failed; start a new one to send the file again.',
  },
  upload_incomplete: {
    kind: 'conflict',
    meaning: 'Chunks of the upload are still missing; `details.missing` lists the first.',
  },
  chunk_size_mismatch: {
    kind: 'invalid',
    meaning: 'A chunk does not hold the bytes its position in the file requires.',
  },
  evidence_integrity_failed: {
    kind: 'internal',
    meaning:
      'A stored evidence file or its sealed key was altered, moved or cut off: it fails its authentication or its SHA-256.',
  },
  evidence_not_found: { kind: 'not_found', meaning: 'No such evidence, or none you need to know about.' },
  hash_mismatch: {
    kind: 'invalid',
    meaning: 'The uploaded bytes do not match the SHA-256 given in X-Content-SHA256.',
  },
  evidence_not_of_request: { kind: 'invalid', meaning: 'The evidence is not filed under this request.' },
  request_closed: { kind: 'conflict', meaning: 'The request is over; nothing more is sent under it.' },
  request_not_executed: {
    kind: 'conflict',
    meaning: 'Evidence is sent once items of the request are executed.',
  },
  transfer_exists: {
    kind: 'conflict',
    meaning: 'This evidence is already on its way, or delivered, under this request.',
  },
  unknown_request: {
    kind: 'not_found',
    meaning: 'An evidence offer names a request this node did not make.',
  },
  unknown_transfer: { kind: 'not_found', meaning: 'A chunk names a transfer that was never offered.' },
  not_your_transfer: { kind: 'forbidden', meaning: 'The transfer belongs to another peer.' },
  chunk_out_of_range: { kind: 'invalid', meaning: 'The chunk index is beyond the chunks offered.' },
  unsupported_chunking: {
    kind: 'invalid',
    meaning: 'The offer uses a chunk size or count this node does not accept.',
  },

  // Incidents, STIX objects and correlation.
  incident_not_found: {
    kind: 'not_found',
    meaning: 'No such incident, or none whose markings let you see it.',
  },
  stix_object_not_found: {
    kind: 'not_found',
    meaning: 'No such STIX object, or none whose markings let you see it.',
  },
  not_originator: {
    kind: 'conflict',
    meaning: 'Only the node that originated the object or incident may change or revoke it.',
  },
  not_incident_origin: {
    kind: 'forbidden',
    meaning: 'Only the node the incident came from may be sent sightings of it.',
  },
  not_shared_with_sender: {
    kind: 'forbidden',
    meaning: 'A sighting came from a node the incident was not shared with.',
  },
  already_revoked: { kind: 'conflict', meaning: 'The object is already revoked.' },
  invalid_sighting: { kind: 'invalid', meaning: 'The sighting is malformed (counts, times, marking).' },
  observable_not_recognised: {
    kind: 'invalid',
    meaning: 'The value is not an observable this node recognises.',
  },
  invalid_observables: {
    kind: 'invalid',
    meaning: 'Some observables cannot be cited; `errors[]` says which and why.',
  },
  observable_not_in_incident: {
    kind: 'invalid',
    meaning: 'A cited observable is carried by no object of the incident.',
  },
  own_state: { kind: 'invalid', meaning: "A State cannot share with itself; name other States' nodes." },
  malformed_share: { kind: 'invalid', meaning: 'A sharing message is malformed (a peer sent it).' },

  // Federation, peers and keys.
  federation_unavailable: {
    kind: 'unavailable',
    meaning: 'Federation is not running on this node (it has no identity yet).',
  },
  no_peer_for_state: {
    kind: 'conflict',
    meaning: 'No trusted peer node serves that State; an administrator must add its card first.',
  },
  peer_exists: { kind: 'conflict', meaning: 'The peer is already trusted; replace its card instead.' },
  fingerprint_mismatch: {
    kind: 'invalid',
    meaning: "The card's fingerprint is not the one confirmed out of band: it is not trusted.",
  },
  peer_card_malformed: { kind: 'invalid', meaning: 'The peer card is not a well-formed signed card.' },
  peer_card_unknown_key: {
    kind: 'invalid',
    meaning: 'The peer card is signed with a key it does not carry (or, for a newer card, one not trusted).',
  },
  peer_card_bad_signature: { kind: 'invalid', meaning: "The peer card's signature does not verify." },
  peer_card_expired: {
    kind: 'invalid',
    meaning: 'The peer card is past its validity, or issued in the future.',
  },
  peer_card_untrusted: {
    kind: 'invalid',
    meaning: 'The newer card is not signed by a key already trusted for that peer.',
  },
  peer_not_found: { kind: 'not_found', meaning: 'No such trusted peer.' },

  // Multilateral alerts (docs/FEDERATION.md §18).
  alert_not_found: { kind: 'not_found', meaning: 'No such alert, sent or received here.' },
  alert_already_answered: {
    kind: 'conflict',
    meaning: 'The alert was already answered from this node; one answer per recipient.',
  },

  // Directories of nodes (docs/FEDERATION.md §17).
  directory_not_found: { kind: 'not_found', meaning: 'No such directory, trusted or operated here.' },
  directory_exists: {
    kind: 'conflict',
    meaning: 'A directory with that id is already trusted or operated here.',
  },
  directory_fingerprint_mismatch: {
    kind: 'invalid',
    meaning: "The directory key's fingerprint is not the one confirmed out of band: nothing is trusted.",
  },
  directory_refused: {
    kind: 'unprocessable',
    meaning:
      'The copy of the directory does not verify (`reason`: malformed, untrusted_key, bad_signature, root_mismatch, inconsistent, bad_entry, quorum, bad_inclusion); no trust changed.',
  },
  directory_unreachable: {
    kind: 'unavailable',
    meaning: 'The directory (or every mirror asked) could not be fetched; the copy held stays in use.',
  },
  directory_not_operated: {
    kind: 'conflict',
    meaning: 'This node does not operate that directory: only its operator appends to it.',
  },
  directory_entry_refused: {
    kind: 'invalid',
    meaning:
      'The entry cannot be appended: a card that does not verify, a second card for a listed node not signed by its listed key, or a revocation of a node not listed.',
  },
  message_not_found: { kind: 'not_found', meaning: 'No such outgoing message.' },
  inbox_message_not_found: { kind: 'not_found', meaning: 'No such received message.' },
  signing_key_missing: {
    kind: 'unavailable',
    meaning: 'The node (or the hosted authority) has no active signing key.',
  },
  key_secret_wrong: {
    kind: 'invalid',
    meaning: 'The configured key secret does not open a sealed key (or the key file was altered).',
  },
  sealed_key_malformed: {
    kind: 'invalid',
    meaning: 'A sealed key file is not in a format this version understands.',
  },
  message_type_registered_twice: {
    kind: 'invalid',
    meaning: 'Two capabilities handle the same message type (a wiring mistake; the node does not start).',
  },
  not_our_request: {
    kind: 'invalid',
    meaning: 'A peer sent a request message for States this node does not serve.',
  },
  not_your_request: {
    kind: 'forbidden',
    meaning: 'A peer spoke for a request of a State it does not serve.',
  },
  replica_gap: {
    kind: 'conflict',
    meaning: 'A request message extends a log this node does not hold from its start.',
  },
  replica_diverged: {
    kind: 'conflict',
    meaning: "A request message does not extend this node's version of the log.",
  },
  duplicate_status_query: { kind: 'conflict', meaning: 'The status query was already received.' },
  unknown_status_query: { kind: 'invalid', meaning: 'A status answer names a query this node did not ask.' },

  // The TAXII 2.1 server (docs/TAXII.md): answered as TAXII error messages, with these codes as `error_code`.
  taxii_bad_query: {
    kind: 'invalid',
    meaning:
      'A TAXII query parameter is malformed, given twice, not taken by the endpoint, or a `next` cursor does not belong to the query.',
  },
  taxii_collection_not_found: {
    kind: 'not_found',
    meaning: 'No collection with this id or alias that you may see.',
  },
  taxii_object_not_found: {
    kind: 'not_found',
    meaning: 'No object with this id in the collection that you may see.',
  },
  taxii_status_not_found: {
    kind: 'not_found',
    meaning: 'No status with this id of yours, or it is older than the days statuses are kept.',
  },
  taxii_subscription_not_found: {
    kind: 'not_found',
    meaning: 'No subscription to a remote TAXII collection with this id.',
  },
  misp_event_not_found: {
    kind: 'not_found',
    meaning: 'No MISP event (a STIX report) with this id or uuid that you may see.',
  },
  misp_import_not_found: {
    kind: 'not_found',
    meaning: 'No MISP import with this id.',
  },
  taxii_not_writable: {
    kind: 'forbidden',
    meaning: 'The collection does not take objects from you (`can_write` is false).',
  },
  taxii_not_readable: {
    kind: 'forbidden',
    meaning: 'You may write to this collection but not read or delete from it.',
  },
  taxii_bad_envelope: {
    kind: 'unprocessable',
    meaning: 'The body is not a TAXII envelope: a JSON object whose `objects` is a list.',
  },

  // MISP (docs/MISP.md).
  misp_bad_event: {
    kind: 'unprocessable',
    meaning: 'The input is not a MISP event: `{"Event": {…}}` or an event object with a valid `uuid`.',
  },
  misp_bad_attribute: {
    kind: 'unprocessable',
    meaning:
      'No attribute given could be added: each is refused with its reason (no uuid, type, category or value…).',
  },
  misp_event_exists: {
    kind: 'conflict',
    meaning: 'An event with this uuid is already held: change it with events/edit.',
  },
  misp_bad_feed: {
    kind: 'unprocessable',
    meaning:
      'The MISP feed cannot be read: its `manifest.json` is missing, malformed or larger than allowed.',
  },
  misp_feed_unreachable: {
    kind: 'unavailable',
    meaning: 'The MISP feed did not answer, answered an error, sent too much or stalled.',
  },
  misp_bad_search: {
    kind: 'invalid',
    meaning: 'A MISP search parameter has the wrong form (a `last` like `7d`, a `limit` of 1 to 1,000…).',
  },

  // Inbox refusals (docs/FEDERATION.md §3.4, §5): the reason of a refused envelope or batch.
  unknown_peer: { kind: 'unauthenticated', meaning: 'The signing key belongs to no trusted peer.' },
  bad_signature: { kind: 'unauthenticated', meaning: 'A signature (transport or envelope) does not verify.' },
  expired: {
    kind: 'unprocessable',
    meaning: 'The envelope or its transport signature is past its validity.',
  },
  replayed: { kind: 'conflict', meaning: 'A different message with this id was already accepted.' },
  not_for_us: { kind: 'unprocessable', meaning: 'The envelope is addressed to another node or authority.' },
  malformed: {
    kind: 'invalid',
    meaning: 'The batch or an envelope is malformed, or a handler refused the message (the detail says why).',
  },
  too_large: { kind: 'too_large', meaning: 'The batch or an envelope exceeds the limit.' },
  peer_rate_limited: {
    kind: 'rate_limited',
    meaning:
      'The peer sent more envelopes than its allowance; the batch is refused whole, to be sent again after `Retry-After` seconds. Other peers are not slowed.',
  },
} as const satisfies Record<string, Entry>;

export type ErrorCode = keyof typeof ERROR_CODES;

/** The codes of one kind: what each error class may carry. */
export type CodeOf<K extends ErrorKind> = {
  [C in ErrorCode]: (typeof ERROR_CODES)[C]['kind'] extends K ? C : never;
}[ErrorCode];

export function kindOf(code: ErrorCode): ErrorKind {
  return ERROR_CODES[code].kind;
}

export function isErrorCode(code: string): code is ErrorCode {
  return Object.hasOwn(ERROR_CODES, code);
}

/** True when `code` is catalogued with kind `kind`. */
export function isCodeOf<K extends ErrorKind>(kind: K, code: string): code is CodeOf<K> {
  return isErrorCode(code) && kindOf(code) === kind;
}
