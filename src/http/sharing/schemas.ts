/**
 * Response schemas of incidents, STIX objects and correlation: what a person may see of them,
 * as the viewer filtered and redacted it.
 */
import { Type } from 'typebox';
import type { ObjectReport } from '../../app/sharing/store-objects.js';
import type { IncidentDetail, IncidentObject } from '../../app/sharing/read-incidents.js';
import type { IncidentView } from '../../app/sharing/present.js';
import type { ShareOutcome } from '../../app/sharing/share-incident.js';
import type { VisibleObject } from '../../app/sharing/viewer.js';
import { INCIDENT_STATUSES, SHARING_LEGAL_BASES } from '../../core/sharing/incidents/facts.js';
import { ONWARD_TRANSFER } from '../../core/sharing/incidents/transfer-conditions.js';
import { OBSERVABLE_KINDS } from '../../core/sharing/observables/normalise.js';
import type { ImportReport } from '../../interop/stix/import-report.js';
import type { TimelineEntry } from '../../storage/sharing/timeline.js';
import { Describing, Instant, JsonObject, Nullable, StringEnum } from '../schemas.js';

/** A STIX 2.1 object: its shape is the standard's (validated on the way in). */
export const StixObjectSchema = Type.Object(
  { type: Type.String(), id: Type.String() },
  { additionalProperties: true, description: 'a STIX 2.1 object' },
);

const IncidentFields = {
  id: Type.String(),
  stixId: Type.String({ description: 'its STIX incident object' }),
  title: Type.String(),
  status: StringEnum(INCIDENT_STATUSES),
  affectedStates: Type.Array(Type.String()),
  sectors: Type.Array(Type.String()),
  legalBasis: StringEnum(SHARING_LEGAL_BASES),
  originNode: Type.String(),
  originState: Type.String(),
  caseId: Nullable(Type.String()),
  receivedFrom: Nullable(Type.String({ description: 'the peer it was received from; null when local' })),
  assignees: Type.Array(Type.String()),
  createdAt: Instant,
  updatedAt: Instant,
  markings: Type.Optional(
    Type.Array(Type.String(), { description: "the incident object's marking-definition ids (its TLP)" }),
  ),
};

export const IncidentSchema = Describing<IncidentView>(Type.Object(IncidentFields));

export const TimelineEntrySchema = Describing<TimelineEntry>(
  Type.Object({
    id: Type.String(),
    incidentId: Type.String(),
    at: Instant,
    kind: Type.String(),
    text: Type.String(),
    actor: Type.String({ description: 'user:<id>, peer:<node id> or system' }),
    details: JsonObject,
  }),
);

export const IncidentDetailSchema = Describing<IncidentDetail>(
  Type.Object({
    ...IncidentFields,
    timeline: Type.Array(TimelineEntrySchema),
    requests: Type.Array(Type.Object({ requestId: Type.String(), observables: Type.Unknown() })),
    onwardConsents: Type.Array(
      Type.Object({ state: Type.String(), reference: Type.String(), recordedAt: Instant }),
    ),
  }),
);

const ObjectReportFields = {
  index: Type.Integer(),
  id: Type.Optional(Type.String()),
  type: Type.Optional(Type.String()),
  status: StringEnum(['accepted', 'unchanged', 'rejected'] as const),
  change: Type.Optional(StringEnum(['created', 'updated', 'history'] as const)),
  warnings: Type.Optional(Type.Array(Type.String())),
  code: Type.Optional(Type.String()),
  reason: Type.Optional(Type.String()),
  path: Type.Optional(Type.String()),
};

/** What became of one object added to an incident. */
export const ObjectReportSchema = Describing<ObjectReport>(Type.Object(ObjectReportFields));

/** What a streamed bundle import did with each object, and the totals. */
export const ImportReportSchema = Describing<ImportReport>(
  Type.Object({
    importId: Type.String(),
    total: Type.Integer(),
    accepted: Type.Integer(),
    acceptedWithWarnings: Type.Integer(),
    rejected: Type.Integer(),
    unchanged: Type.Integer(),
    bytes: Type.Integer(),
    auditedBatches: Type.Integer(),
    listed: Type.Union([Type.Literal('all'), Type.Literal('problems')], {
      description: 'which outcomes `objects` lists: every one, or only rejections and warnings',
    }),
    stopped: Type.Optional(Type.String({ description: 'why the input could not be read to its end' })),
    objects: Type.Array(
      Type.Object({
        ...ObjectReportFields,
        offset: Type.Optional(Type.Integer({ description: 'byte offset of the object in the input' })),
      }),
    ),
  }),
);

const visibleObjectFields = {
  object: StixObjectSchema,
  source: Type.String({ description: "'local' or the peer it came from" }),
  revoked: Type.Boolean(),
  redactedPaths: Type.Array(Type.String(), { description: 'granular selectors withheld from you' }),
};
export const VisibleObjectSchema = Describing<VisibleObject>(Type.Object(visibleObjectFields));

export const VisibleObjectsSchema = Type.Object({
  objects: Type.Array(
    Describing<IncidentObject>(
      Type.Object({
        ...visibleObjectFields,
        addedAt: Type.String({ description: 'when the object joined the incident' }),
      }),
    ),
  ),
  withheld: Type.Integer({ description: 'objects whose markings do not let you see them' }),
});

export const ShareOutcomeSchema = Describing<ShareOutcome>(
  Type.Object({
    shareId: Type.String(),
    incidentId: Type.String(),
    peers: Type.Array(
      Type.Object({
        peer: Type.String(),
        state: Type.String(),
        messageIds: Type.Array(Type.String()),
        sent: Type.Array(
          Type.Object({ id: Type.String(), type: Type.String(), redactedPaths: Type.Array(Type.String()) }),
        ),
        withheld: Type.Array(
          Type.Object({
            id: Type.String(),
            type: Type.String(),
            reason: Type.String(),
            marking: Type.Optional(Type.String()),
            condition: Type.Optional(Type.String()),
          }),
        ),
      }),
    ),
  }),
);

export const ShareRecordSchema = Type.Object({
  id: Type.String(),
  direction: StringEnum(['out', 'in'] as const),
  peers: Type.Array(Type.String()),
  context: Type.Unknown({ description: 'the share context(s) it went or came under' }),
  conditions: Type.Unknown({ description: 'the transfer conditions attached' }),
  outcome: Type.Unknown({
    description: 'per peer, what went and what was withheld (out); what was stored (in)',
  }),
  delivery: Type.Array(
    Type.Object({
      peer: Type.String(),
      messageId: Type.String(),
      status: StringEnum(['pending', 'accepted', 'rejected'] as const),
      attempts: Type.Integer(),
      lastError: Nullable(Type.String()),
      receipts: Type.Array(Type.Object({ receiptType: Type.String(), signedAt: Instant })),
    }),
    {
      description: "an outgoing share's messages: queued, accepted by the peer (signed receipt), or refused",
    },
  ),
  createdBy: Type.String(),
  createdAt: Instant,
});

export const OnwardConsentSchema = Type.Object({
  incidentId: Type.String(),
  state: Type.String(),
  reference: Type.String(),
  recordedAt: Instant,
});

const Side = Type.Object({ type: Type.String(), id: Type.String(), source: Type.String() });

export const CorrelationAlertSchema = Type.Object({
  id: Type.String(),
  kind: Type.String(),
  value: Type.String(),
  subject: Side,
  matched: Side,
  incidents: Type.Array(Type.String()),
  raisedAt: Instant,
});

export const TransferConditionsSchema = Type.Object({
  purpose: Type.String(),
  retentionUntil: Type.String(),
  onwardTransfer: StringEnum(ONWARD_TRANSFER),
});

export const LookupSchema = Type.Object({
  kind: StringEnum(OBSERVABLE_KINDS),
  value: Type.String({ description: 'the normalised value' }),
  warning: Nullable(Type.String({ description: 'the warning list it is on' })),
  matches: Type.Array(
    Type.Object({
      subjectType: Type.String(),
      subjectId: Type.String(),
      objectType: Nullable(Type.String()),
      source: Type.String(),
      sourceState: Type.String(),
      revoked: Type.Boolean(),
      incidents: Type.Array(Type.String()),
    }),
  ),
});

export const CitedObservablesSchema = Type.Object({
  requestId: Type.String(),
  incidentId: Type.String(),
  observables: Type.Array(
    Type.Object({ kind: Type.String(), value: Type.String(), itemId: Type.Optional(Type.String()) }),
  ),
});
