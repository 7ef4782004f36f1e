import Type from 'typebox';
import { Code, ProvenanceProps, RoleSchema, SourcedOf, TimeUnitSchema } from './schema-parts.js';

/** The instruments every regime pack describes (present or marked unavailable). */
export const INSTRUMENT_IDS = [
  'preservation',
  'traffic_disclosure',
  'stored_data',
  'realtime_traffic',
  'interception',
  'general_mla',
  'emergency',
  'spontaneous_information',
  'police_cooperation',
  'joint_investigation',
  'production',
] as const;
export type InstrumentId = (typeof INSTRUMENT_IDS)[number];

export const CHANNELS = [
  'poc_to_poc',
  'ca_to_ca',
  'authority_to_authority',
  'authority_to_provider',
  'judicial_to_judicial',
  'police_to_police',
  'none',
] as const;

export const FIELD_TYPES = [
  'string',
  'text',
  'boolean',
  'date',
  'datetime',
  'integer',
  'string_list',
  'offence_list',
  'period',
  'emergency_justification',
  'data_items',
] as const;
export type FieldType = (typeof FIELD_TYPES)[number];

export const DEADLINE_STARTS = ['receipt', 'submission', 'decision', 'follow_up_received'] as const;
export const DEADLINE_KINDS = ['time_limit', 'minimum_period', 'objection_window', 'target'] as const;
export const URGENCIES = ['routine', 'urgent', 'emergency'] as const;
export type Urgency = (typeof URGENCIES)[number];

export const DUAL_CRIMINALITY_POLICIES = [
  'not_required',
  'may_be_required',
  'required_unless_listed',
  'not_applicable',
] as const;

export const FieldSchema = Type.Object(
  {
    name: Code,
    label: Type.String(),
    type: Type.Enum([...FIELD_TYPES]),
    required: Type.Boolean(),
    ...ProvenanceProps,
  },
  { additionalProperties: false },
);

export const DeadlineSchema = Type.Object(
  {
    id: Code,
    label: Type.String(),
    from: Type.Enum([...DEADLINE_STARTS]),
    /** null when the text sets no figure ("as soon as possible"). */
    amount: Type.Union([Type.Integer({ minimum: 0 }), Type.Null()]),
    unit: TimeUnitSchema,
    kind: Type.Enum([...DEADLINE_KINDS]),
    appliesWhen: Type.Optional(Type.Enum(['always', 'emergency', 'non_emergency'])),
    /** What happens when the period ends, e.g. "until the decision on the follow-up request". */
    afterwards: Type.Optional(Type.String()),
    ...ProvenanceProps,
  },
  { additionalProperties: false },
);

export const ExtensionSchema = Type.Object(
  {
    deadline: Code,
    amount: Type.Union([Type.Integer({ minimum: 1 }), Type.Null()]),
    unit: TimeUnitSchema,
    maxTimes: Type.Union([Type.Integer({ minimum: 1 }), Type.Null()]),
    reasonsRequired: Type.Boolean(),
    ...ProvenanceProps,
  },
  { additionalProperties: false },
);

export const ReminderSchema = Type.Object(
  {
    id: Code,
    deadline: Code,
    /** Fires this long before the due instant. */
    before: Type.Integer({ minimum: 0 }),
    unit: TimeUnitSchema,
    action: Type.Enum(['remind', 'escalate', 'mark_expiring']),
    ...ProvenanceProps,
  },
  { additionalProperties: false },
);

export const InstrumentSchema = Type.Object(
  {
    title: Type.String(),
    article: SourcedOf(Type.String()),
    available: SourcedOf(Type.Boolean()),
    kind: Type.Optional(
      Type.Enum([
        'preservation',
        'disclosure',
        'mla',
        'emergency',
        'spontaneous',
        'police',
        'joint',
        'production',
      ]),
    ),
    channel: Type.Optional(SourcedOf(Type.Enum([...CHANNELS]))),
    alternativeChannels: Type.Optional(SourcedOf(Type.Array(Type.Enum([...CHANNELS])))),
    senderRoles: Type.Optional(SourcedOf(Type.Array(RoleSchema, { minItems: 1 }))),
    receiverRoles: Type.Optional(SourcedOf(Type.Array(RoleSchema, { minItems: 1 }))),
    coercive: Type.Optional(SourcedOf(Type.Boolean())),
    fields: Type.Optional(Type.Array(FieldSchema)),
    deadlines: Type.Optional(Type.Array(DeadlineSchema)),
    extensions: Type.Optional(Type.Array(ExtensionSchema)),
    reminders: Type.Optional(Type.Array(ReminderSchema)),
    refusalGrounds: Type.Optional(SourcedOf(Type.Array(Code))),
    postponementGrounds: Type.Optional(SourcedOf(Type.Array(Code))),
    consultBeforeRefusal: Type.Optional(SourcedOf(Type.Boolean())),
    dualCriminality: Type.Optional(
      Type.Object(
        {
          policy: Type.Enum([...DUAL_CRIMINALITY_POLICIES]),
          /** Listed-category exemption: punishable in the issuing State by at least this maximum. */
          listedMinPenaltyYears: Type.Optional(Type.Integer({ minimum: 0 })),
          ...ProvenanceProps,
        },
        { additionalProperties: false },
      ),
    ),
    requestConfidentiality: Type.Optional(SourcedOf(Type.Boolean())),
    userNonNotification: Type.Optional(SourcedOf(Type.Boolean())),
    acknowledgement: Type.Optional(
      Type.Object(
        {
          required: Type.Boolean(),
          amount: Type.Union([Type.Integer({ minimum: 0 }), Type.Null()]),
          unit: TimeUnitSchema,
          ...ProvenanceProps,
        },
        { additionalProperties: false },
      ),
    ),
    useLimitation: Type.Optional(
      SourcedOf(Type.Enum(['prior_consent', 'condition_possible', 'not_regulated'])),
    ),
    onwardTransfer: Type.Optional(SourcedOf(Type.Enum(['forbidden', 'with_prior_consent', 'not_regulated']))),
    writtenConfirmation: Type.Optional(SourcedOf(Type.Boolean())),
  },
  { additionalProperties: false },
);

export const GroundSchema = Type.Object(
  {
    code: Code,
    kind: Type.Enum(['refusal', 'postponement', 'withholding', 'non_recognition', 'objection']),
    label: Type.String(),
    ...ProvenanceProps,
  },
  { additionalProperties: false },
);

export const ScreeningQuestionSchema = Type.Object(
  { id: Code, question: Type.String(), ...ProvenanceProps },
  { additionalProperties: false },
);

const instrumentProps = Object.fromEntries(INSTRUMENT_IDS.map((id) => [id, Type.Optional(InstrumentSchema)]));

export const RegimePackSchema = Type.Object(
  {
    regime: Code,
    version: Type.String({ minLength: 1 }),
    title: Type.String(),
    legalBasis: Type.Enum(['UNCC', 'BC', 'SAP', 'EPOR', 'EIO', 'MLAT', 'RECIPROCITY']),
    ...ProvenanceProps,
    validFrom: SourcedOf(Type.Union([Type.String(), Type.Null()])),
    emergencyDefinition: SourcedOf(Type.Union([Type.String(), Type.Null()])),
    equivalenceRule: SourcedOf(Type.Union([Type.String(), Type.Null()])),
    grounds: Type.Array(GroundSchema),
    discriminationScreening: Type.Array(ScreeningQuestionSchema),
    instruments: Type.Object(instrumentProps, { additionalProperties: false }),
  },
  { additionalProperties: false },
);

export type RegimePack = Type.Static<typeof RegimePackSchema>;
export type Instrument = Type.Static<typeof InstrumentSchema>;
export type FieldSpec = Type.Static<typeof FieldSchema>;
export type DeadlineRule = Type.Static<typeof DeadlineSchema>;
export type ExtensionRule = Type.Static<typeof ExtensionSchema>;
export type ReminderRule = Type.Static<typeof ReminderSchema>;
export type GroundSpec = Type.Static<typeof GroundSchema>;
export type Channel = (typeof CHANNELS)[number];
