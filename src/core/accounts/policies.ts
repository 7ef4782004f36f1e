/**
 * Authorisation as small pure functions: each route names one policy, and the server refuses
 * any route that does not. A policy sees the principal and, when the decision depends on it,
 * the subject (e.g. the user being read).
 */
import type { Principal, Role } from './roles.js';

export interface PolicySubject {
  readonly userId?: string;
}

export type Policy = (principal: Principal, subject?: PolicySubject) => boolean;

const anyOf =
  (...roles: Role[]): Policy =>
  (p) =>
    p.roles.some((r) => roles.includes(r));
const authenticated: Policy = () => true;

export const POLICIES = {
  /** Own session: who am I, change my password, set up my second factor. */
  'self.manage': authenticated,
  /** Own API tokens; a token may not mint or revoke tokens. */
  'self.tokens': (p) => p.via === 'session',
  /** The live stream of changes the caller may see (each event is filtered like its read). */
  'events.read': authenticated,
  /** The regime packs and the offence catalogue: the law every role works under. */
  'regimes.read': authenticated,
  /** This node's identity (which State and authority it serves). */
  'node.read': authenticated,
  'node.configure': anyOf('admin'),
  /** The configuration in effect, secrets masked: for the administrator and the auditor. */
  'node.configuration': anyOf('admin', 'auditor'),
  'users.list': anyOf('admin'),
  'users.create': anyOf('admin'),
  'users.read': (p, s) => p.roles.includes('admin') || (s?.userId !== undefined && s.userId === p.userId),
  'users.update': anyOf('admin'),
  'users.reset_password': anyOf('admin'),
  /** A lost authenticator: the administrator clears the second factor so the person can enrol again. */
  'users.reset_second_factor': anyOf('admin'),
  /** The register of States, authorities and contacts is needed by every operational role. */
  'register.read': authenticated,
  'register.write': anyOf('admin'),
  /** Cases: the policy admits the role; need-to-know (core/cases) then admits the case. */
  'cases.create': anyOf('poc_officer', 'central_authority', 'prosecutor', 'analyst'),
  'cases.read': authenticated,
  'cases.update': anyOf('poc_officer', 'central_authority', 'prosecutor', 'analyst'),
  'cases.members': anyOf('admin', 'poc_officer', 'central_authority', 'prosecutor', 'analyst'),
  'cases.access_log': anyOf('dpo', 'auditor'),
  /** Requests: drafting and acting need an operational role; the legal core checks the rest. */
  'requests.draft': anyOf('poc_officer', 'central_authority', 'prosecutor'),
  'requests.read': authenticated,
  'requests.act': anyOf('poc_officer', 'central_authority', 'prosecutor', 'dpo'),
  /** Ask the requested State how a request stands (the operational roles that send requests). */
  'requests.status_query': anyOf('poc_officer', 'central_authority', 'prosecutor'),
  /** Answer a status query with a note (the roles that receive requests; the instrument's receiver roles are then checked). */
  'requests.status_answer': anyOf('poc_officer', 'central_authority', 'prosecutor'),
  /** On-call rosters: readable by all; the 24/7 desk and administrators keep them. */
  'oncall.read': authenticated,
  'oncall.manage': anyOf('admin', 'poc_officer', 'central_authority'),
  'webhooks.manage': anyOf('admin'),
  'notifications.read': anyOf('admin', 'auditor'),
  /** Evidence: filing needs an operational role; reading follows the case's need-to-know. */
  'evidence.write': anyOf('poc_officer', 'central_authority', 'prosecutor', 'analyst'),
  'evidence.read': authenticated,
  /**
   * Sending evidence to the other State of a request: the roles that may receive requests under
   * some regime (the regime's receiver roles for the instrument are then checked per request).
   */
  'evidence.transmit': anyOf('poc_officer', 'central_authority'),
  /**
   * Incidents and STIX objects: read by the operational roles and the DPO (the markings then
   * decide object by object); written and shared by analysts and the 24/7 desk.
   */
  'incidents.read': anyOf('analyst', 'poc_officer', 'central_authority', 'prosecutor', 'dpo'),
  'incidents.write': anyOf('analyst', 'poc_officer'),
  'incidents.share': anyOf('analyst', 'poc_officer'),
  'stix.read': anyOf('analyst', 'poc_officer', 'central_authority', 'prosecutor', 'dpo'),
  'stix.write': anyOf('analyst', 'poc_officer'),
  /** Correlation lookup of a value across incidents, shared objects and requests. */
  'observables.lookup': anyOf('analyst', 'poc_officer', 'central_authority', 'prosecutor'),
  'audit.read': anyOf('admin', 'auditor', 'dpo'),
  'audit.verify': anyOf('admin', 'auditor', 'dpo'),
  /** Federation: peers, keys, outgoing message status, receipts and delivery alerts. */
  'federation.read': anyOf('admin', 'poc_officer', 'central_authority', 'auditor'),
  /** Trust or revoke peers, rotate keys, send a test message. */
  'federation.manage': anyOf('admin'),
  /** Subscriptions to remote TAXII collections: followed by analysts and auditors, made by administrators. */
  'taxii.subscriptions.read': anyOf('admin', 'analyst', 'auditor'),
  'taxii.subscriptions.manage': anyOf('admin'),
  /**
   * Multilateral alerts: sent by the 24/7 desk, central authorities and analysts to many States
   * at once; read (and answered) by the same roles, followed by auditors.
   */
  'alerts.send': anyOf('poc_officer', 'central_authority', 'analyst'),
  'alerts.read': anyOf('poc_officer', 'central_authority', 'analyst', 'auditor'),
  // A feed pull makes the node fetch a URL: an administrator's decision, as a subscription is.
  'misp.feeds.pull': anyOf('admin'),
} satisfies Record<string, Policy>;

export type PolicyName = keyof typeof POLICIES;

export function isPolicyName(value: unknown): value is PolicyName {
  return typeof value === 'string' && Object.hasOwn(POLICIES, value);
}

export function allows(policy: PolicyName, principal: Principal, subject?: PolicySubject): boolean {
  return POLICIES[policy](principal, subject);
}
