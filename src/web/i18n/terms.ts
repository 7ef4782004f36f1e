/**
 * Domain words as catalogue keys: each value the node sends (a status, an instrument, an event)
 * maps to the message that says it in the person's language. Listed literally, so the catalogue
 * test sees every key in use; a value without a key is shown as it came.
 */
import type { MessageKey, Translate } from './i18n';

const INSTRUMENTS: Record<string, MessageKey> = {
  preservation: 'instrument.preservation',
  traffic_disclosure: 'instrument.traffic_disclosure',
  stored_data: 'instrument.stored_data',
  realtime_traffic: 'instrument.realtime_traffic',
  interception: 'instrument.interception',
  general_mla: 'instrument.general_mla',
  emergency: 'instrument.emergency',
  spontaneous_information: 'instrument.spontaneous_information',
  police_cooperation: 'instrument.police_cooperation',
  joint_investigation: 'instrument.joint_investigation',
  production: 'instrument.production',
};

const STATUSES: Record<string, MessageKey> = {
  draft: 'status.draft',
  submitted: 'status.submitted',
  received: 'status.received',
  under_review: 'status.under_review',
  information_requested: 'status.information_requested',
  in_consultation: 'status.in_consultation',
  accepted: 'status.accepted',
  in_execution: 'status.in_execution',
  partially_executed: 'status.partially_executed',
  executed: 'status.executed',
  results_transmitted: 'status.results_transmitted',
  postponed: 'status.postponed',
  refused: 'status.refused',
  withdrawn: 'status.withdrawn',
  closed: 'status.closed',
};

const PRESERVATION: Record<string, MessageKey> = {
  pending: 'preservation.pending',
  active: 'preservation.active',
  expiring: 'preservation.expiring',
  follow_up_received: 'preservation.follow_up_received',
  extended: 'preservation.extended',
  lapsed: 'preservation.lapsed',
  released: 'preservation.released',
};

const URGENCIES: Record<string, MessageKey> = {
  routine: 'urgency.routine',
  urgent: 'urgency.urgent',
  emergency: 'urgency.emergency',
};

const CHANNELS: Record<string, MessageKey> = {
  poc_to_poc: 'channel.poc_to_poc',
  ca_to_ca: 'channel.ca_to_ca',
  authority_to_authority: 'channel.authority_to_authority',
  authority_to_provider: 'channel.authority_to_provider',
  judicial_to_judicial: 'channel.judicial_to_judicial',
  police_to_police: 'channel.police_to_police',
  none: 'channel.none',
};

const EVENTS: Record<string, MessageKey> = {
  request_drafted: 'event.request_drafted',
  draft_amended: 'event.draft_amended',
  request_submitted: 'event.request_submitted',
  receipt_signed: 'event.receipt_signed',
  review_started: 'event.review_started',
  screening_answered: 'event.screening_answered',
  information_requested: 'event.information_requested',
  information_provided: 'event.information_provided',
  consultation_opened: 'event.consultation_opened',
  consultation_concluded: 'event.consultation_concluded',
  request_accepted: 'event.request_accepted',
  conditions_agreed: 'event.conditions_agreed',
  execution_started: 'event.execution_started',
  item_executed: 'event.item_executed',
  item_refused: 'event.item_refused',
  results_transmitted: 'event.results_transmitted',
  request_postponed: 'event.request_postponed',
  postponement_lifted: 'event.postponement_lifted',
  request_refused: 'event.request_refused',
  request_withdrawn: 'event.request_withdrawn',
  request_closed: 'event.request_closed',
  preservation_confirmed: 'event.preservation_confirmed',
  preservation_expiring: 'event.preservation_expiring',
  preservation_extended: 'event.preservation_extended',
  preservation_lapsed: 'event.preservation_lapsed',
  preservation_released: 'event.preservation_released',
  deadline_extended: 'event.deadline_extended',
  written_confirmation_received: 'event.written_confirmation_received',
  traffic_disclosed: 'event.traffic_disclosed',
  follow_up_received: 'event.follow_up_received',
  escalation_notified: 'event.escalation_notified',
};

const ACTIONS: Record<string, MessageKey> = {
  submit: 'action.submit',
  withdraw: 'action.withdraw',
  amend: 'action.amend',
  start_review: 'action.start_review',
  answer_screening: 'action.answer_screening',
  accept: 'action.accept',
  agree_conditions: 'action.agree_conditions',
  request_information: 'action.request_information',
  provide_information: 'action.provide_information',
  open_consultation: 'action.open_consultation',
  conclude_consultation: 'action.conclude_consultation',
  refuse: 'action.refuse',
  postpone: 'action.postpone',
  resume: 'action.resume',
  start_execution: 'action.start_execution',
  execute_item: 'action.execute_item',
  refuse_item: 'action.refuse_item',
  transmit_results: 'action.transmit_results',
  confirm_preservation: 'action.confirm_preservation',
  release_preservation: 'action.release_preservation',
  extend_preservation: 'action.extend_preservation',
  extend_deadline: 'action.extend_deadline',
  confirm_in_writing: 'action.confirm_in_writing',
  disclose_traffic: 'action.disclose_traffic',
  record_follow_up: 'action.record_follow_up',
  close: 'action.close',
};

const INPUTS: Record<string, MessageKey> = {
  reason: 'input.reason',
  reasons: 'input.reasons',
  question: 'input.question',
  answer: 'input.answer',
  infoRequestId: 'input.infoRequestId',
  topic: 'input.topic',
  proposal: 'input.proposal',
  consultationId: 'input.consultationId',
  outcome: 'input.outcome',
  summary: 'input.summary',
  ground: 'input.ground',
  until: 'input.until',
  itemId: 'input.itemId',
  note: 'input.note',
  deadlineId: 'input.deadlineId',
  reference: 'input.reference',
  providers: 'input.providers',
  path: 'input.path',
  followUpRequestId: 'input.followUpRequestId',
  conditions: 'input.conditions',
  answers: 'input.answers',
};

const RUNGS: Record<string, MessageKey> = {
  accepted: 'rung.accepted',
  delivered: 'rung.delivered',
  opened: 'rung.opened',
  answered: 'rung.answered',
};

const CONFIDENCE: Record<string, MessageKey> = {
  checked: 'confidence.checked',
  secondary: 'confidence.secondary',
  unconfirmed: 'confidence.unconfirmed',
};

const ROLES: Record<string, MessageKey> = {
  admin: 'role.admin',
  poc_officer: 'role.poc_officer',
  central_authority: 'role.central_authority',
  prosecutor: 'role.prosecutor',
  analyst: 'role.analyst',
  dpo: 'role.dpo',
  auditor: 'role.auditor',
  system: 'role.system',
};

const DEADLINE_STATUS: Record<string, MessageKey> = {
  running: 'deadline.running',
  suspended: 'deadline.suspended',
  stopped: 'deadline.stopped',
};

const ITEM_STATUS: Record<string, MessageKey> = {
  pending: 'item.pending',
  executed: 'item.executed',
  refused: 'item.refused',
};

const TOPICS: Record<string, MessageKey> = {
  refusal: 'topic.refusal',
  postponement: 'topic.postponement',
  partial_execution: 'topic.partial_execution',
  conditions: 'topic.conditions',
};

const OUTCOMES: Record<string, MessageKey> = {
  agreed: 'outcome.agreed',
  not_agreed: 'outcome.not_agreed',
  withdrawn_by_requester: 'outcome.withdrawn_by_requester',
};

const CONDITION_KINDS: Record<string, MessageKey> = {
  use_limitation: 'conditionKind.use_limitation',
  confidentiality: 'conditionKind.confidentiality',
  retention: 'conditionKind.retention',
  procedure: 'conditionKind.procedure',
  other: 'conditionKind.other',
};

const DATA_CATEGORIES: Record<string, MessageKey> = {
  subscriber: 'dataCategory.subscriber',
  traffic: 'dataCategory.traffic',
  content: 'dataCategory.content',
  other: 'dataCategory.other',
};

const ONWARD: Record<string, MessageKey> = {
  forbidden: 'onward.forbidden',
  with_prior_consent: 'onward.with_prior_consent',
  allowed: 'onward.allowed',
};

const FINDING_SEVERITY: Record<string, MessageKey> = {
  blocking: 'severity.blocking',
  warning: 'severity.warning',
  info: 'severity.info',
};

const DUAL_CRIMINALITY: Record<string, MessageKey> = {
  satisfied: 'dualCriminality.satisfied',
  not_satisfied: 'dualCriminality.not_satisfied',
  not_required: 'dualCriminality.not_required',
  cannot_decide: 'dualCriminality.cannot_decide',
};

const TRANSFER_STATUS: Record<string, MessageKey> = {
  sending: 'transfer.sending',
  sent: 'transfer.sent',
  verified: 'transfer.verified',
  rejected: 'transfer.rejected',
  failed: 'transfer.failed',
  receiving: 'transfer.receiving',
  complete: 'transfer.complete',
};

const REQUEST_FIELDS: Record<string, MessageKey> = {
  addressee: 'requestField.addressee',
  assistanceSought: 'requestField.assistanceSought',
  authorisingAuthority: 'requestField.authorisingAuthority',
  coerciveMeasures: 'requestField.coerciveMeasures',
  collectionPeriod: 'requestField.collectionPeriod',
  communicationPath: 'requestField.communicationPath',
  conductingAuthority: 'requestField.conductingAuthority',
  confidentialityRequested: 'requestField.confidentialityRequested',
  custodianOrLocation: 'requestField.custodianOrLocation',
  deadlineWished: 'requestField.deadlineWished',
  deliveryAuthority: 'requestField.deliveryAuthority',
  durationJustification: 'requestField.durationJustification',
  emergencyJustification: 'requestField.emergencyJustification',
  factsSummary: 'requestField.factsSummary',
  formalities: 'requestField.formalities',
  informationSummary: 'requestField.informationSummary',
  inquiry: 'requestField.inquiry',
  issueDate: 'requestField.issueDate',
  issuingAuthority: 'requestField.issuingAuthority',
  items: 'requestField.items',
  legalBasis: 'requestField.legalBasis',
  legalBasisDomestic: 'requestField.legalBasisDomestic',
  maxPenaltyYears: 'requestField.maxPenaltyYears',
  mlaToFollow: 'requestField.mlaToFollow',
  necessity: 'requestField.necessity',
  offences: 'requestField.offences',
  ownerOrLocation: 'requestField.ownerOrLocation',
  participatingStates: 'requestField.participatingStates',
  personsConcerned: 'requestField.personsConcerned',
  preservationReference: 'requestField.preservationReference',
  procedureRequested: 'requestField.procedureRequested',
  proceedingsType: 'requestField.proceedingsType',
  proportionalityStatement: 'requestField.proportionalityStatement',
  provider: 'requestField.provider',
  providersIdentified: 'requestField.providersIdentified',
  purpose: 'requestField.purpose',
  relationToOffence: 'requestField.relationToOffence',
  relevance: 'requestField.relevance',
  requestingAuthority: 'requestField.requestingAuthority',
  scope: 'requestField.scope',
  sendingAuthority: 'requestField.sendingAuthority',
  statutoryProvision: 'requestField.statutoryProvision',
  subjectIdentity: 'requestField.subjectIdentity',
  subjectMatter: 'requestField.subjectMatter',
  technicalData: 'requestField.technicalData',
  urgency: 'requestField.urgency',
  useRestrictions: 'requestField.useRestrictions',
  userInformationDelay: 'requestField.userInformationDelay',
  userNonNotification: 'requestField.userNonNotification',
};

const OFFENCES: Record<string, MessageKey> = {
  'UNCC-7': 'offence.UNCC-7',
  'UNCC-8': 'offence.UNCC-8',
  'UNCC-9': 'offence.UNCC-9',
  'UNCC-10': 'offence.UNCC-10',
  'UNCC-11': 'offence.UNCC-11',
  'UNCC-12': 'offence.UNCC-12',
  'UNCC-13': 'offence.UNCC-13',
  'UNCC-14': 'offence.UNCC-14',
  'UNCC-15': 'offence.UNCC-15',
  'UNCC-16': 'offence.UNCC-16',
  'UNCC-17': 'offence.UNCC-17',
  'UNCC-SC': 'offence.UNCC-SC',
  'UNCC-4': 'offence.UNCC-4',
};

const FINDINGS: Record<string, MessageKey> = {
  coercive_statement_deferred: 'finding.coercive_statement_deferred',
  coercive_statement_missing: 'finding.coercive_statement_missing',
  confidentiality_not_provided: 'finding.confidentiality_not_provided',
  consent_form_insufficient: 'finding.consent_form_insufficient',
  do_not_notify_user: 'finding.do_not_notify_user',
  emergency_justification_incomplete: 'finding.emergency_justification_incomplete',
  emergency_not_on_24_7_channel: 'finding.emergency_not_on_24_7_channel',
  invalid_field_value: 'finding.invalid_field_value',
  keep_confidential: 'finding.keep_confidential',
  language_acceptance_unknown: 'finding.language_acceptance_unknown',
  language_not_accepted: 'finding.language_not_accepted',
  missing_required_field: 'finding.missing_required_field',
  no_retention_limit: 'finding.no_retention_limit',
  non_notification_not_provided: 'finding.non_notification_not_provided',
  onward_transfer_forbidden: 'finding.onward_transfer_forbidden',
  prior_consent_required: 'finding.prior_consent_required',
  proportionality_statement_thin: 'finding.proportionality_statement_thin',
  retention_ending: 'finding.retention_ending',
  retention_expired: 'finding.retention_expired',
  screening_concern: 'finding.screening_concern',
  screening_unanswered: 'finding.screening_unanswered',
  serious_crime_details_missing: 'finding.serious_crime_details_missing',
  serious_crime_threshold: 'finding.serious_crime_threshold',
  unknown_field: 'finding.unknown_field',
  unknown_offence_code: 'finding.unknown_offence_code',
  written_confirmation_pending: 'finding.written_confirmation_pending',
};

const AUDIT_SUBJECTS: Record<string, MessageKey> = {
  request: 'auditSubject.request',
  case: 'auditSubject.case',
  incident: 'auditSubject.incident',
  stix_object: 'auditSubject.stix_object',
  message: 'auditSubject.message',
  peer: 'auditSubject.peer',
  user: 'auditSubject.user',
  state: 'auditSubject.state',
  authority: 'auditSubject.authority',
  audit: 'auditSubject.audit',
};

const ACTOR_TYPES: Record<string, MessageKey> = {
  user: 'actorType.user',
  token: 'actorType.token',
  peer: 'actorType.peer',
  system: 'actorType.system',
  anonymous: 'actorType.anonymous',
};

const KEY_USES: Record<string, MessageKey> = {
  sig: 'keyUse.sig',
  enc: 'keyUse.enc',
};

const KEY_STATUSES: Record<string, MessageKey> = {
  active: 'keyStatus.active',
  retired: 'keyStatus.retired',
  revoked: 'keyStatus.revoked',
};

const PEER_STATUSES: Record<string, MessageKey> = {
  active: 'peerStatus.active',
  revoked: 'peerStatus.revoked',
};

const BREAKER: Record<string, MessageKey> = {
  closed: 'breaker.closed',
  open: 'breaker.open',
  half_open: 'breaker.half_open',
};

const INCIDENT_STATUSES: Record<string, MessageKey> = {
  open: 'incidentStatus.open',
  contained: 'incidentStatus.contained',
  closed: 'incidentStatus.closed',
};

const SHARING_BASES: Record<string, MessageKey> = {
  cert_cooperation: 'sharingBasis.cert_cooperation',
  // The same words as the cooperation measures of the same name.
  spontaneous_information: 'instrument.spontaneous_information',
  police_cooperation: 'instrument.police_cooperation',
  mutual_legal_assistance: 'instrument.general_mla',
  public_warning: 'sharingBasis.public_warning',
};

const IMPORT_OUTCOMES: Record<string, MessageKey> = {
  all: 'importOutcome.all',
  accepted: 'importOutcome.accepted',
  warnings: 'importOutcome.warnings',
  rejected: 'importOutcome.rejected',
  unchanged: 'importOutcome.unchanged',
};

const MESSAGE_DELIVERY: Record<string, MessageKey> = {
  pending: 'messageDelivery.pending',
  accepted: 'messageDelivery.accepted',
  rejected: 'messageDelivery.rejected',
};

const INCIDENT_EVENTS: Record<string, MessageKey> = {
  created: 'incidentEvent.created',
  updated: 'incidentEvent.updated',
  updated_by_origin: 'incidentEvent.updated_by_origin',
  assigned: 'incidentEvent.assigned',
  objects_added: 'incidentEvent.objects_added',
  bundle_imported: 'incidentEvent.bundle_imported',
  shared: 'incidentEvent.shared',
  share: 'incidentEvent.shared',
  received: 'incidentEvent.received',
  sighting: 'incidentEvent.sighting',
  revoked: 'incidentEvent.revoked',
  withdrawn: 'incidentEvent.withdrawn',
  erased: 'incidentEvent.erased',
  consent: 'incidentEvent.consent',
  correlation: 'incidentEvent.correlation',
  request_linked: 'incidentEvent.request_linked',
  note: 'incidentEvent.note',
};

const NEW_OBJECT_KINDS: Record<string, MessageKey> = {
  indicator: 'newObjectKind.indicator',
  observable: 'newObjectKind.observable',
  malware: 'newObjectKind.malware',
  infrastructure: 'newObjectKind.infrastructure',
  note: 'newObjectKind.note',
};

// Hash names (md5, sha256, …) are the same in every language and are shown as they come.
const OBSERVABLE_KINDS: Record<string, MessageKey> = {
  ipv4: 'observableKind.ipv4',
  ipv6: 'observableKind.ipv6',
  domain: 'observableKind.domain',
  url: 'observableKind.url',
  email: 'observableKind.email',
  mac: 'observableKind.mac',
  asn: 'observableKind.asn',
  filename: 'observableKind.filename',
  'user-account': 'observableKind.user-account',
  mutex: 'observableKind.mutex',
  'registry-key': 'observableKind.registry-key',
};

const AUTHORITY_TYPES: Record<string, MessageKey> = {
  poc_24_7: 'authorityType.poc_24_7',
  central_authority: 'authorityType.central_authority',
  competent_authority: 'authorityType.competent_authority',
  cert: 'authorityType.cert',
};

export const TERMS = {
  instrument: INSTRUMENTS,
  status: STATUSES,
  preservation: PRESERVATION,
  urgency: URGENCIES,
  channel: CHANNELS,
  event: EVENTS,
  action: ACTIONS,
  input: INPUTS,
  rung: RUNGS,
  confidence: CONFIDENCE,
  role: ROLES,
  deadline: DEADLINE_STATUS,
  item: ITEM_STATUS,
  topic: TOPICS,
  outcome: OUTCOMES,
  conditionKind: CONDITION_KINDS,
  dataCategory: DATA_CATEGORIES,
  onward: ONWARD,
  severity: FINDING_SEVERITY,
  dualCriminality: DUAL_CRIMINALITY,
  transfer: TRANSFER_STATUS,
  requestField: REQUEST_FIELDS,
  offence: OFFENCES,
  finding: FINDINGS,
  auditSubject: AUDIT_SUBJECTS,
  actorType: ACTOR_TYPES,
  keyUse: KEY_USES,
  keyStatus: KEY_STATUSES,
  peerStatus: PEER_STATUSES,
  breaker: BREAKER,
  incidentStatus: INCIDENT_STATUSES,
  sharingBasis: SHARING_BASES,
  importOutcome: IMPORT_OUTCOMES,
  messageDelivery: MESSAGE_DELIVERY,
  incidentEvent: INCIDENT_EVENTS,
  newObjectKind: NEW_OBJECT_KINDS,
  observableKind: OBSERVABLE_KINDS,
  authorityType: AUTHORITY_TYPES,
} as const;

/** Says a domain value in the person's language (or as it came, if the catalogue has no word for it). */
export function term(t: Translate, vocabulary: keyof typeof TERMS, value: string): string {
  const key = (TERMS[vocabulary] as Record<string, MessageKey>)[value];
  return key ? t(key) : value;
}
