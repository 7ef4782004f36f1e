/**
 * Response schemas of cooperation requests: the derived state of a request as the legal core
 * folds it, its events, the safeguards review and data-use decisions. They make the OpenAPI
 * document describe what the console and other clients read.
 */
import { Type } from 'typebox';
import type { CarriedMessageView } from '../../app/requests/receipt-ladder.js';
import { type ActionAvailability, USER_ACTIONS } from '../../core/legal/lifecycle/available-actions.js';
import type { RequestEvent } from '../../core/legal/lifecycle/events.js';
import type { RequestState } from '../../core/legal/lifecycle/state.js';
import type { StatusReport } from '../../core/legal/lifecycle/status-report.js';
import { PRESERVATION_STATUSES, REQUEST_STATUSES } from '../../core/legal/lifecycle/types.js';
import { CONFIDENCES } from '../../core/legal/provenance.js';
import { CHANNELS, URGENCIES } from '../../core/legal/regimes/pack-schema.js';
import type { SafeguardsReview } from '../../core/legal/safeguards/review.js';
import type { UseDecision } from '../../core/legal/safeguards/onward-transfer.js';
import type { TransferConditions } from '../../core/legal/lifecycle/types.js';
import { Describing, Instant, JsonObject, Nullable, StringEnum } from '../schemas.js';

const Confidence = StringEnum(CONFIDENCES);

export const ProvenanceSchema = Type.Object({
  source: Type.String({ description: 'the provision or document the value comes from' }),
  confidence: Confidence,
  note: Type.Optional(Type.String()),
});

const OffenceChargeSchema = Type.Object({
  code: Type.String({ description: 'catalogue code, e.g. UNCC-7' }),
  provision: Type.Optional(Type.String()),
  maxPenaltyYears: Type.Optional(Type.Number()),
  conduct: Type.Optional(Type.Array(Type.String())),
  elements: Type.Optional(Type.Record(Type.String(), Type.Boolean())),
});

const LocalTimes = Type.Object({ requesting: Type.String(), requested: Type.String() });

export const DeadlineSchema = Type.Object({
  id: Type.String(),
  label: Type.String(),
  kind: Type.String(),
  unit: StringEnum(['calendar_days', 'working_days', 'hours'] as const),
  amount: Nullable(Type.Number()),
  startedAt: Instant,
  dueAt: Nullable(Instant),
  source: Type.String({ description: 'the legal source of the time limit' }),
  confidence: Confidence,
  afterwards: Type.Optional(Type.String()),
  status: StringEnum(['running', 'suspended', 'stopped'] as const),
  suspendedSince: Type.Optional(Instant),
  extensions: Type.Integer(),
  local: Type.Optional(LocalTimes),
});

const ItemSchema = Type.Object({
  id: Type.String(),
  description: Type.String(),
  dataCategory: Type.Optional(StringEnum(['subscriber', 'traffic', 'content', 'other'] as const)),
  personalData: Type.Optional(Type.Boolean()),
  status: StringEnum(['pending', 'executed', 'refused'] as const),
  ground: Type.Optional(Type.String()),
  reasons: Type.Optional(Type.String()),
  note: Type.Optional(Type.String()),
});

const RequestTransferConditions = Type.Object({
  purpose: Type.String(),
  retentionUntil: Nullable(Type.String()),
  onwardTransfer: StringEnum(['forbidden', 'with_prior_consent', 'allowed'] as const),
  consentForm: StringEnum(['written', 'any'] as const),
  personalDataCategories: Type.Array(Type.String()),
  source: Type.String(),
  confidence: Confidence,
});

export const RequestStateSchema = Describing<RequestState>(
  Type.Object({
    requestId: Type.String(),
    regime: Type.String(),
    instrument: Type.String(),
    requestingState: Type.String(),
    requestedState: Type.String(),
    timeZones: LocalTimes,
    channel: StringEnum(CHANNELS),
    urgency: StringEnum(URGENCIES),
    language: Type.String({ description: 'ISO 639-1' }),
    status: StringEnum(REQUEST_STATUSES),
    resumeStatus: Type.Optional(StringEnum(REQUEST_STATUSES)),
    preservation: Nullable(StringEnum(PRESERVATION_STATUSES)),
    fields: JsonObject,
    offences: Type.Array(OffenceChargeSchema),
    items: Type.Array(ItemSchema),
    deadlines: Type.Array(DeadlineSchema),
    conditions: Type.Array(
      Type.Object({
        id: Type.String(),
        text: Type.String(),
        kind: StringEnum(['use_limitation', 'confidentiality', 'retention', 'procedure', 'other'] as const),
      }),
    ),
    conditionsAgreed: Type.Boolean(),
    consultations: Type.Array(
      Type.Object({
        id: Type.String(),
        topic: StringEnum(['refusal', 'postponement', 'partial_execution', 'conditions'] as const),
        proposal: Type.String(),
        itemIds: Type.Array(Type.String()),
        openedAt: Instant,
        concludedAt: Type.Optional(Instant),
        outcome: Type.Optional(StringEnum(['agreed', 'not_agreed', 'withdrawn_by_requester'] as const)),
        summary: Type.Optional(Type.String()),
      }),
    ),
    informationRequests: Type.Array(
      Type.Object({
        id: Type.String(),
        question: Type.String(),
        askedAt: Instant,
        answeredAt: Type.Optional(Instant),
        answer: Type.Optional(Type.String()),
      }),
    ),
    screening: Type.Array(
      Type.Object({ questionId: Type.String(), concern: Type.Boolean(), note: Type.Optional(Type.String()) }),
    ),
    refusal: Type.Optional(Type.Object({ ground: Type.String(), reasons: Type.String(), at: Instant })),
    postponement: Type.Optional(
      Type.Object({
        ground: Type.String(),
        reasons: Type.String(),
        until: Type.Optional(Type.String()),
        at: Instant,
      }),
    ),
    withdrawal: Type.Optional(Type.Object({ reason: Type.String(), at: Instant })),
    transmitted: Type.Array(
      Type.Object({
        itemId: Type.String(),
        dataItemId: Type.String(),
        sha256: Type.Optional(Type.String()),
        conditions: RequestTransferConditions,
      }),
    ),
    trafficDisclosures: Type.Array(
      Type.Object({ providers: Type.Array(Type.String()), path: Type.String(), at: Instant }),
    ),
    linkedPreservationId: Type.Optional(Type.String()),
    followUpRequestId: Type.Optional(Type.String()),
    writtenConfirmation: StringEnum(['not_required', 'pending', 'received'] as const),
    writtenConfirmationReference: Type.Optional(Type.String()),
    submittedAt: Type.Optional(Instant),
    receivedAt: Type.Optional(Instant),
    decidedAt: Type.Optional(Instant),
    closedAt: Type.Optional(Instant),
    escalations: Type.Array(
      Type.Object({ level: Type.Integer(), at: Instant, notified: Type.Array(Type.String()) }),
    ),
    version: Type.Integer({ description: 'number of events folded into this state' }),
    lastEventAt: Instant,
  }),
);

export const RequestSchema = Type.Object({
  forwardedAs: Type.Optional(
    Type.String({ description: 'message id, when the action was sent to the requested node to decide' }),
  ),
  id: Type.String(),
  caseId: Nullable(Type.String()),
  side: StringEnum(['requesting', 'requested'] as const),
  state: RequestStateSchema,
  createdAt: Instant,
  updatedAt: Instant,
});

/** One event of a request's log; its other fields depend on its type (docs/LEGAL-MODEL.md). */
export const RequestEventSchema = Describing<RequestEvent>(
  Type.Object(
    {
      type: Type.String(),
      requestId: Type.String(),
      at: Instant,
      actor: Type.Object(
        {
          role: Type.String(),
          side: StringEnum(['requesting', 'requested'] as const),
          userId: Type.Optional(Type.String()),
          automatic: Type.Optional(Type.Boolean()),
        },
        { additionalProperties: true },
      ),
    },
    { additionalProperties: true },
  ),
);

const FindingSchema = Type.Object({
  code: Type.String(),
  severity: StringEnum(['blocking', 'warning', 'info'] as const),
  path: Type.String(),
  message: Type.String(),
  provision: Type.Optional(ProvenanceSchema),
});

const DualCriminalityOutcome = StringEnum([
  'satisfied',
  'not_satisfied',
  'not_required',
  'cannot_decide',
] as const);

export const DualCriminalitySchema = Type.Object({
  outcome: DualCriminalityOutcome,
  reasons: Type.Array(Type.String()),
  provisions: Type.Array(ProvenanceSchema),
  offences: Type.Array(
    Type.Object({
      code: Type.String(),
      outcome: DualCriminalityOutcome,
      matched: Type.Array(
        Type.Object({ id: Type.String(), provision: Type.String(), maxPenaltyYears: Type.Number() }),
      ),
      reasons: Type.Array(Type.String()),
    }),
  ),
});

export const ReviewSchema = Describing<SafeguardsReview>(
  Type.Object({
    requestId: Type.String(),
    findings: Type.Array(FindingSchema),
    dualCriminality: DualCriminalitySchema,
    readyForDecision: Type.Boolean({
      description: 'nothing blocks a decision (dual criminality is shown, not decided)',
    }),
    readyToSend: Type.Boolean({
      description: 'nothing blocks sending (the checks submission applies; screening comes after receipt)',
    }),
  }),
);

const ConsentSchema = Type.Object({
  id: Type.String(),
  dataItemId: Type.String(),
  grantedBy: Type.String(),
  grantedAt: Instant,
  scope: StringEnum(['reuse', 'onward_transfer'] as const),
  purpose: Type.Optional(Type.String()),
  recipient: Type.Optional(Type.String()),
  form: StringEnum(['written', 'oral'] as const),
  reference: Type.String(),
  expiresAt: Type.Optional(Instant),
});

/** A proposed use of received data (reuse for another purpose, or passing it on). */
export const DataUseProposal = {
  kind: StringEnum(['reuse', 'onward_transfer'] as const),
  purpose: Type.String({ minLength: 1, maxLength: 1000 }),
  recipient: Type.Optional(Type.String({ minLength: 1, maxLength: 200 })),
};

/** An allowed use of received data, with the basis and the sender's conditions it was decided against. */
export const DataUseSchema = Describing<
  Extract<UseDecision, { allowed: true }> & { conditions: TransferConditions }
>(
  Type.Object({
    allowed: Type.Literal(true),
    basis: StringEnum(['same_purpose', 'conditions_allow', 'consent'] as const),
    consent: Type.Optional(ConsentSchema),
    reasons: Type.Array(Type.String()),
    provisions: Type.Array(ProvenanceSchema),
    conditions: RequestTransferConditions,
  }),
);

export const StatusReportSchema = Describing<StatusReport>(
  Type.Object({
    requestId: Type.String(),
    version: Type.Integer(),
    status: StringEnum(REQUEST_STATUSES),
    preservation: Nullable(StringEnum(PRESERVATION_STATUSES)),
    lastEventAt: Instant,
    items: Type.Array(
      Type.Object({
        id: Type.String(),
        status: StringEnum(['pending', 'executed', 'refused'] as const),
        ground: Type.Optional(Type.String()),
      }),
    ),
    progress: Type.Object({
      total: Type.Integer(),
      executed: Type.Integer(),
      refused: Type.Integer(),
      pending: Type.Integer(),
    }),
    deadlines: Type.Array(
      Type.Object({
        id: Type.String(),
        label: Type.String(),
        kind: Type.String(),
        status: StringEnum(['running', 'suspended', 'stopped'] as const),
        dueAt: Nullable(Instant),
        local: Type.Optional(LocalTimes),
      }),
    ),
    openInformationRequests: Type.Array(Type.String()),
  }),
);

export const ActionAvailabilitySchema = Describing<ActionAvailability>(
  Type.Object({
    type: StringEnum(USER_ACTIONS),
    available: Type.Boolean(),
    roles: Type.Array(Type.String(), { description: 'your roles under which it is open' }),
    reason: Type.Optional(Type.Object({ code: Type.String(), message: Type.String() })),
  }),
);

export const CarriedMessageSchema = Describing<CarriedMessageView>(
  Type.Object({
    messageId: Type.String(),
    type: Type.String(),
    direction: StringEnum(['out', 'in'] as const),
    peer: Type.String(),
    at: Instant,
    rungs: Type.Array(
      Type.Object({
        rung: StringEnum(['accepted', 'delivered', 'opened', 'answered'] as const),
        signedAt: Instant,
        signedBy: Type.String(),
        keyFingerprint: Type.String(),
        receipt: Type.String({ description: 'the signed receipt (compact JWS)' }),
      }),
    ),
  }),
);
