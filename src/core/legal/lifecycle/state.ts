import type { Channel, Urgency } from '../regimes/pack-schema.js';
import type { OffenceCharge } from '../offences/dual-criminality.js';
import type {
  Condition,
  ConsultationRecord,
  DeadlineState,
  InformationRequest,
  ItemState,
  PreservationStatus,
  RequestStatus,
  ScreeningAnswer,
  TransmittedItem,
} from './types.js';

/** The current state of one request, derived from its events and nothing else. */
export interface RequestState {
  readonly requestId: string;
  readonly regime: string;
  readonly instrument: string;
  readonly requestingState: string;
  readonly requestedState: string;
  readonly timeZones: { readonly requesting: string; readonly requested: string };
  readonly channel: Channel;
  readonly urgency: Urgency;
  /** The language the request is written in (ISO 639-1). */
  readonly language: string;
  readonly status: RequestStatus;
  /** Where an information request, consultation or postponement returns to. */
  readonly resumeStatus?: RequestStatus;
  readonly preservation: PreservationStatus | null;
  readonly fields: Readonly<Record<string, unknown>>;
  readonly offences: readonly OffenceCharge[];
  readonly items: readonly ItemState[];
  readonly deadlines: readonly DeadlineState[];
  readonly conditions: readonly Condition[];
  readonly conditionsAgreed: boolean;
  readonly consultations: readonly ConsultationRecord[];
  readonly informationRequests: readonly InformationRequest[];
  readonly screening: readonly ScreeningAnswer[];
  readonly refusal?: { readonly ground: string; readonly reasons: string; readonly at: string };
  readonly postponement?: {
    readonly ground: string;
    readonly reasons: string;
    readonly until?: string;
    readonly at: string;
  };
  readonly withdrawal?: { readonly reason: string; readonly at: string };
  readonly transmitted: readonly TransmittedItem[];
  readonly trafficDisclosures: readonly {
    readonly providers: readonly string[];
    readonly path: string;
    readonly at: string;
  }[];
  readonly linkedPreservationId?: string;
  readonly followUpRequestId?: string;
  readonly writtenConfirmation: 'not_required' | 'pending' | 'received';
  readonly writtenConfirmationReference?: string;
  readonly submittedAt?: string;
  readonly receivedAt?: string;
  readonly decidedAt?: string;
  readonly closedAt?: string;
  /** Automatic alerts sent because the request waited unacknowledged, in order. */
  readonly escalations: readonly {
    readonly level: number;
    readonly at: string;
    readonly notified: readonly string[];
  }[];
  readonly version: number;
  readonly lastEventAt: string;
}
