import type { Actor } from '../roles.js';
import type { Channel, Urgency } from '../regimes/pack-schema.js';
import type { OffenceCharge } from '../offences/dual-criminality.js';
import type {
  Condition,
  ConsultationRecord,
  DeadlineEntry,
  RequestItemInput,
  ScreeningAnswer,
  TransmittedItem,
} from './types.js';

interface Base<T extends string> {
  readonly type: T;
  readonly requestId: string;
  /** ISO instant the event happened (from the injected clock). */
  readonly at: string;
  readonly actor: Actor;
}

export type RequestEvent =
  | (Base<'request_drafted'> & {
      readonly regime: string;
      readonly instrument: string;
      readonly requestingState: string;
      readonly requestedState: string;
      readonly timeZones: { readonly requesting: string; readonly requested: string };
      readonly channel: Channel;
      readonly urgency: Urgency;
      /** Absent in logs written before languages were recorded; read as `en`. */
      readonly language?: string;
      readonly fields: Readonly<Record<string, unknown>>;
      readonly items: readonly RequestItemInput[];
      readonly offences: readonly OffenceCharge[];
      readonly linkedPreservationId?: string;
      readonly writtenConfirmationRequired: boolean;
    })
  | (Base<'draft_amended'> & {
      readonly fields?: Readonly<Record<string, unknown>>;
      readonly items?: readonly RequestItemInput[];
      readonly offences?: readonly OffenceCharge[];
    })
  | (Base<'request_submitted'> & { readonly deadlines: readonly DeadlineEntry[] })
  | (Base<'receipt_signed'> & { readonly signedAt: string; readonly deadlines: readonly DeadlineEntry[] })
  | Base<'review_started'>
  | (Base<'screening_answered'> & { readonly answers: readonly ScreeningAnswer[] })
  | (Base<'information_requested'> & { readonly infoRequestId: string; readonly question: string })
  | (Base<'information_provided'> & {
      readonly infoRequestId: string;
      readonly answer: string;
      readonly fields?: Readonly<Record<string, unknown>>;
      readonly deadlineShifts: readonly { readonly id: string; readonly dueAt: string }[];
    })
  | (Base<'consultation_opened'> & {
      readonly consultationId: string;
      readonly topic: ConsultationRecord['topic'];
      readonly proposal: string;
      readonly itemIds: readonly string[];
    })
  | (Base<'consultation_concluded'> & {
      readonly consultationId: string;
      readonly outcome: NonNullable<ConsultationRecord['outcome']>;
      readonly summary: string;
    })
  | (Base<'request_accepted'> & {
      readonly conditions: readonly Condition[];
      readonly deadlines: readonly DeadlineEntry[];
    })
  | Base<'conditions_agreed'>
  | Base<'execution_started'>
  | (Base<'item_executed'> & { readonly itemId: string; readonly note?: string })
  | (Base<'item_refused'> & { readonly itemId: string; readonly ground: string; readonly reasons: string })
  | (Base<'results_transmitted'> & { readonly items: readonly TransmittedItem[] })
  | (Base<'request_postponed'> & {
      readonly ground: string;
      readonly reasons: string;
      readonly until?: string;
    })
  | Base<'postponement_lifted'>
  | (Base<'request_refused'> & { readonly ground: string; readonly reasons: string })
  | (Base<'request_withdrawn'> & { readonly reason: string })
  | (Base<'request_closed'> & { readonly reason?: string })
  /** Nobody acknowledged a received request in time: the next people on call were alerted. */
  | (Base<'escalation_notified'> & {
      readonly level: number;
      readonly notified: readonly string[];
      readonly reason: string;
    })
  | (Base<'deadline_extended'> & {
      readonly deadlineId: string;
      readonly dueAt: string;
      readonly reasons: string;
    })
  | Base<'preservation_confirmed'>
  | Base<'preservation_expiring'>
  | (Base<'follow_up_received'> & { readonly followUpRequestId: string })
  | (Base<'preservation_extended'> & { readonly dueAt: string; readonly reasons?: string })
  | Base<'preservation_lapsed'>
  | (Base<'preservation_released'> & { readonly reason: string })
  | (Base<'traffic_disclosed'> & { readonly providers: readonly string[]; readonly path: string })
  | (Base<'written_confirmation_received'> & { readonly reference: string });

export type RequestEventType = RequestEvent['type'];
export type EventOf<T extends RequestEventType> = Extract<RequestEvent, { type: T }>;
