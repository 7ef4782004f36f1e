/**
 * Shapes of what the API answers, read from the generated OpenAPI types rather than written by
 * hand, so the console cannot drift from the node.
 */
import type { paths } from './schema';

type JsonOf<R> = R extends { content: { 'application/json': infer B } } ? B : never;
type Answer<Op, Code extends number> = Op extends { responses: infer R }
  ? Code extends keyof R
    ? JsonOf<R[Code]>
    : never
  : never;

/** The JSON of a GET's 200 answer. */
export type Get<P extends keyof paths> = Answer<paths[P]['get'], 200>;
/** The JSON of a POST's success answer (201, else 200, else 202). */
export type Posted<P extends keyof paths> = paths[P] extends { post: infer Op }
  ? Answer<Op, 201> | Answer<Op, 200> | Answer<Op, 202>
  : never;

export type Me = Get<'/api/auth/me'>;
export type UserView = Me['user'];
export type Permission = Me['permissions'][number];
export type RequestView = Get<'/api/requests/{id}'>;
export type RequestState = RequestView['state'];
export type RequestEvent = Get<'/api/requests/{id}/events'>[number];
export type ActionAvailability = Get<'/api/requests/{id}/actions'>[number];
export type CarriedMessage = Get<'/api/requests/{id}/messages'>[number];
export type Review = Get<'/api/requests/{id}/review'>;
export type AvailableInstrument = Get<'/api/regimes/instruments'>[number];
export type Regime = Get<'/api/regimes'>[number];
export type CaseView = Get<'/api/cases/{id}'>;
export type EvidenceView = Get<'/api/evidence/{id}'>;
export type UploadView = Get<'/api/uploads/{id}'>;
export type StatusQuery = Get<'/api/requests/{id}/status-queries'>[number];
export type Transfer = Get<'/api/requests/{id}/evidence-transfers'>;
export type Roster = Get<'/api/register/authorities/{id}/oncall'>;
export type NodeView = Get<'/api/node'>;
export type CaseMember = CaseView['members'][number];
export type AccessLogEntry = Get<'/api/cases/{id}/access-log'>[number];
export type Person = Get<'/api/register/authorities/{id}/people'>[number];
export type NotificationView = Get<'/api/notifications'>[number];
export type OffenceCatalogue = Get<'/api/offences'>;
export type InstrumentOfRequest = Get<'/api/requests/{id}/instrument'>;
