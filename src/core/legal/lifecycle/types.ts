import type { Confidence } from '../provenance.js';
import type { Actor } from '../roles.js';
import type { OffenceCharge } from '../offences/dual-criminality.js';
import type { Urgency } from '../regimes/pack-schema.js';

export const REQUEST_STATUSES = [
  'draft',
  'submitted',
  'received',
  'under_review',
  'information_requested',
  'in_consultation',
  'accepted',
  'in_execution',
  'partially_executed',
  'executed',
  'results_transmitted',
  'postponed',
  'refused',
  'withdrawn',
  'closed',
] as const;
export type RequestStatus = (typeof REQUEST_STATUSES)[number];

export const PRESERVATION_STATUSES = [
  'pending',
  'active',
  'expiring',
  'follow_up_received',
  'extended',
  'lapsed',
  'released',
] as const;
export type PreservationStatus = (typeof PRESERVATION_STATUSES)[number];

export type DataCategory = 'subscriber' | 'traffic' | 'content' | 'other';

/** One thing asked for; partial execution means some items executed, some refused. */
export interface RequestItemInput {
  readonly id: string;
  readonly description: string;
  readonly dataCategory?: DataCategory;
  readonly personalData?: boolean;
}

export interface ItemState extends RequestItemInput {
  readonly status: 'pending' | 'executed' | 'refused';
  readonly ground?: string;
  readonly reasons?: string;
  readonly note?: string;
}

/** Who is at risk, what threatens them and how soon (UNCC art. 2(o) emergency). */
export interface EmergencyJustification {
  readonly personsAtRisk: string;
  readonly threatNature: string;
  readonly imminence: string;
}

/** A condition the requested State attaches to acceptance (execution under conditions). */
export interface Condition {
  readonly id: string;
  readonly text: string;
  readonly kind: 'use_limitation' | 'confidentiality' | 'retention' | 'procedure' | 'other';
}

/** How a received data item may be used and passed on (UNCC arts 36, 40). */
export interface TransferConditions {
  readonly purpose: string;
  readonly retentionUntil: string | null;
  readonly onwardTransfer: 'forbidden' | 'with_prior_consent' | 'allowed';
  readonly consentForm: 'written' | 'any';
  readonly personalDataCategories: readonly string[];
  readonly source: string;
  readonly confidence: Confidence;
}

export interface TransmittedItem {
  readonly itemId: string;
  readonly dataItemId: string;
  readonly sha256?: string;
  readonly conditions: TransferConditions;
}

/** A clock running for this request, with its due instant in both States' local time. */
export interface DeadlineEntry {
  readonly id: string;
  readonly label: string;
  readonly kind: string;
  readonly unit: 'calendar_days' | 'working_days' | 'hours';
  readonly amount: number | null;
  readonly startedAt: string;
  /** null when the regime sets no figure ("as soon as possible"). */
  readonly dueAt: string | null;
  readonly source: string;
  readonly confidence: Confidence;
  readonly afterwards?: string;
}

export interface DeadlineState extends DeadlineEntry {
  readonly status: 'running' | 'suspended' | 'stopped';
  readonly suspendedSince?: string;
  readonly extensions: number;
  readonly local?: { readonly requesting: string; readonly requested: string };
}

export interface ConsultationRecord {
  readonly id: string;
  readonly topic: 'refusal' | 'postponement' | 'partial_execution' | 'conditions';
  readonly proposal: string;
  readonly itemIds: readonly string[];
  readonly openedAt: string;
  readonly concludedAt?: string;
  readonly outcome?: 'agreed' | 'not_agreed' | 'withdrawn_by_requester';
  readonly summary?: string;
}

export interface InformationRequest {
  readonly id: string;
  readonly question: string;
  readonly askedAt: string;
  readonly answeredAt?: string;
  readonly answer?: string;
}

export interface ScreeningAnswer {
  readonly questionId: string;
  /** true = substantial grounds for concern were found. */
  readonly concern: boolean;
  readonly note?: string;
}

export type { Actor, OffenceCharge, Urgency };
