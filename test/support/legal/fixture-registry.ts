/**
 * A small, self-contained registry for core tests (core may not read files). The real packs
 * under regimes/ are tested from src/storage/regime-files.test.ts.
 */
import { buildRegimeRegistry } from '../../../src/core/legal/regimes/build-registry.js';
import type { RegimeRegistry } from '../../../src/core/legal/regimes/registry.js';

const P = 'source: test fixture, confidence: unconfirmed';

const PACK = `
regime: test-regime
version: "1"
title: Test regime
legalBasis: UNCC
source: test fixture
confidence: unconfirmed
validFrom: { value: null, ${P} }
emergencyDefinition: { value: imminent risk to life, ${P} }
equivalenceRule: { value: conduct counts, ${P} }
grounds:
  - { code: G_ESSENTIAL, kind: refusal, label: essential interests, ${P} }
  - { code: G_DISCRIMINATION, kind: refusal, label: discrimination, ${P} }
  - { code: G_DOMESTIC, kind: refusal, label: domestic prohibition, ${P} }
  - { code: G_ONGOING, kind: postponement, label: ongoing proceedings, ${P} }
discriminationScreening:
  - { id: protected_grounds, question: Protected grounds?, ${P} }
  - { id: freedoms, question: Protected freedoms?, ${P} }
instruments:
  preservation:
    title: Preservation
    article: { value: "42", ${P} }
    available: { value: true, ${P} }
    kind: preservation
    channel: { value: poc_to_poc, ${P} }
    senderRoles: { value: [poc_officer], ${P} }
    receiverRoles: { value: [poc_officer], ${P} }
    coercive: { value: false, ${P} }
    fields:
      - { name: requestingAuthority, label: authority, type: string, required: true, ${P} }
      - { name: offences, label: offences, type: offence_list, required: true, ${P} }
      - { name: items, label: data, type: data_items, required: true, ${P} }
      - { name: mlaToFollow, label: MLA follows, type: boolean, required: true, ${P} }
      - { name: userNonNotification, label: do not notify, type: boolean, required: false, ${P} }
    deadlines:
      - { id: preservation_period, label: preservation, from: receipt, amount: 60, unit: calendar_days, kind: minimum_period, ${P} }
    extensions:
      - { deadline: preservation_period, amount: 30, unit: calendar_days, maxTimes: 1, reasonsRequired: false, ${P} }
    reminders:
      - { id: follow_up_due, deadline: preservation_period, before: 15, unit: calendar_days, action: mark_expiring, ${P} }
    refusalGrounds: { value: [G_ESSENTIAL, G_DISCRIMINATION], ${P} }
    postponementGrounds: { value: [], ${P} }
    consultBeforeRefusal: { value: false, ${P} }
    dualCriminality: { policy: not_required, ${P} }
    requestConfidentiality: { value: true, ${P} }
    userNonNotification: { value: true, ${P} }
    acknowledgement: { required: false, amount: null, unit: hours, ${P} }
    useLimitation: { value: prior_consent, ${P} }
    onwardTransfer: { value: with_prior_consent, ${P} }
  stored_data:
    title: Stored data
    article: { value: "44", ${P} }
    available: { value: true, ${P} }
    kind: mla
    channel: { value: ca_to_ca, ${P} }
    senderRoles: { value: [central_authority], ${P} }
    receiverRoles: { value: [central_authority], ${P} }
    coercive: { value: true, ${P} }
    fields:
      - { name: requestingAuthority, label: authority, type: string, required: true, ${P} }
      - { name: offences, label: offences, type: offence_list, required: true, ${P} }
      - { name: items, label: data, type: data_items, required: true, ${P} }
      - { name: proportionalityStatement, label: proportionality, type: text, required: true, ${P} }
      - { name: legalBasisDomestic, label: legal basis, type: text, required: true, ${P} }
      - { name: authorisingAuthority, label: authorising authority, type: string, required: true, ${P} }
    deadlines:
      - { id: recognition, label: decide, from: receipt, amount: 10, unit: working_days, kind: time_limit, ${P} }
      - { id: execution, label: execute, from: decision, amount: 30, unit: calendar_days, kind: time_limit, ${P} }
    extensions:
      - { deadline: recognition, amount: 5, unit: working_days, maxTimes: 2, reasonsRequired: true, ${P} }
    reminders: []
    refusalGrounds: { value: [G_ESSENTIAL, G_DISCRIMINATION, G_DOMESTIC], ${P} }
    postponementGrounds: { value: [G_ONGOING], ${P} }
    consultBeforeRefusal: { value: true, ${P} }
    dualCriminality: { policy: may_be_required, ${P} }
    requestConfidentiality: { value: true, ${P} }
    userNonNotification: { value: false, ${P} }
    acknowledgement: { required: true, amount: 2, unit: working_days, ${P} }
    useLimitation: { value: prior_consent, ${P} }
    onwardTransfer: { value: with_prior_consent, ${P} }
  emergency:
    title: Emergency
    article: { value: "41", ${P} }
    available: { value: true, ${P} }
    kind: emergency
    channel: { value: poc_to_poc, ${P} }
    senderRoles: { value: [poc_officer], ${P} }
    receiverRoles: { value: [poc_officer], ${P} }
    coercive: { value: false, ${P} }
    fields:
      - { name: emergencyJustification, label: justification, type: emergency_justification, required: true, ${P} }
      - { name: items, label: data, type: data_items, required: true, ${P} }
    deadlines:
      - { id: response, label: respond, from: receipt, amount: 8, unit: hours, kind: time_limit, ${P} }
    refusalGrounds: { value: [G_ESSENTIAL], ${P} }
    postponementGrounds: { value: [], ${P} }
    consultBeforeRefusal: { value: false, ${P} }
    dualCriminality: { policy: not_required, ${P} }
    requestConfidentiality: { value: true, ${P} }
    userNonNotification: { value: false, ${P} }
    acknowledgement: { required: false, amount: null, unit: hours, ${P} }
    useLimitation: { value: prior_consent, ${P} }
    onwardTransfer: { value: with_prior_consent, ${P} }
    writtenConfirmation: { value: true, ${P} }
  interception:
    title: Interception
    article: { value: "46", ${P} }
    available: { value: false, ${P} }
`;

const OFFENCES = `
version: "1"
source: test fixture
confidence: unconfirmed
offences:
  - code: UNCC-7
    article: "7"
    title: Illegal access
    conventionOffence: true
    keyElements: [access]
    optionalElements:
      - { id: security_breach, label: security breach, declaration: DEC-7-2, ${P} }
    equivalents: []
    euListedCategory: { value: true, ${P} }
    ${P.replace(', ', '\n    ')}
  - code: UNCC-9
    article: "9"
    title: Data interference
    conventionOffence: true
    keyElements: [damage]
    optionalElements: []
    equivalents: []
    euListedCategory: { value: true, ${P} }
    ${P.replace(', ', '\n    ')}
  - code: UNCC-SC
    article: "35"
    title: Serious crime
    conventionOffence: false
    keyElements: [four years]
    optionalElements: []
    equivalents: []
    euListedCategory: { value: false, ${P} }
    ${P.replace(', ', '\n    ')}
`;

function state(code: string, tz: string, extra: string): string {
  return `
code: ${code}
name: Test ${code}
fictional: true
timeZone: ${tz}
calendar: ${code.toLowerCase()}
languages: { value: [en], ${P} }
regimes:
  - { regime: test-regime, inForce: true, since: null, ${P} }
offenceMappingComplete: { value: true, ${P} }
${extra}`;
}

const TA = state(
  'TA',
  'Europe/Paris',
  `dualCriminality: { policy: always, preservationReservation: true, ${P} }
declarations:
  - { code: DEC-7-2, regime: test-regime, article: "7(2)", requiresElements: [security_breach], effect: breach needed, ${P} }
offences:
  - { id: TA-1, title: Access, provision: TA s. 1, catalogue: [UNCC-7], maxPenaltyYears: 3, ${P} }
  - { id: TA-2, title: Extortion, provision: TA s. 2, catalogue: [UNCC-SC], conduct: [extortion], maxPenaltyYears: 7, ${P} }
`,
);
const TB = state(
  'TB',
  'America/New_York',
  `dualCriminality: { policy: coercive_only, preservationReservation: false, ${P} }
declarations: []
offences:
  - { id: TB-1, title: Hacking, provision: TB s. 1, catalogue: [UNCC-7], maxPenaltyYears: 5, ${P} }
  - { id: TB-9, title: Damage, provision: TB s. 9, catalogue: [UNCC-9], maxPenaltyYears: 5, ${P} }
`,
);

function calendar(id: string, tz: string): string {
  return `
id: ${id}
timeZone: ${tz}
weekend: [saturday, sunday]
holidays:
  - { date: "2026-01-01", name: New Year }
  - { date: "2026-01-02", name: Bridge day }
${P.replace(', ', '\n')}
`;
}

/** Builds the fixture registry; throws if the fixture itself is broken. */
export function fixtureRegistry(): RegimeRegistry {
  const result = buildRegimeRegistry([
    { name: 'test-regime.yaml', text: PACK },
    { name: 'offences.yaml', text: OFFENCES },
    { name: 'states/ta.yaml', text: TA },
    { name: 'states/tb.yaml', text: TB },
    { name: 'calendars/ta.yaml', text: calendar('ta', 'Europe/Paris') },
    { name: 'calendars/tb.yaml', text: calendar('tb', 'America/New_York') },
  ]);
  if (!result.ok) throw new Error(result.problems.map((p) => `${p.file} ${p.path} ${p.reason}`).join('\n'));
  return result.value;
}
