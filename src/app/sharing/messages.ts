/**
 * The wire messages of incident sharing (docs/FEDERATION.md §14 and §16). A share is split into
 * parts so each envelope stays far below the 4 MiB limit, whatever the objects.
 */
import { type Static, Type } from 'typebox';
import { INCIDENT_STATUSES, SHARING_LEGAL_BASES } from '../../core/sharing/incidents/facts.js';
import { ONWARD_TRANSFER } from '../../core/sharing/incidents/transfer-conditions.js';
import { messageType } from '../../federation/messages/message-type.js';

/** Serialized objects per envelope: a quarter of the envelope limit leaves room for JOSE overhead. */
export const MAX_PART_BYTES = 1024 * 1024;

const Text = (maxLength: number) => Type.String({ maxLength });
const Codes = Type.Array(Type.String({ maxLength: 64 }), { maxItems: 500 });
const Enum = <T extends readonly string[]>(values: T) =>
  Type.Unsafe<T[number]>({ type: 'string', enum: [...values] });

const ShareContextSchema = Type.Object({
  originOrganisation: Text(200),
  originState: Text(8),
  recipientOrganisations: Codes,
  recipientStates: Codes,
  namedRecipients: Type.Array(Text(200), { maxItems: 500 }),
});

const ConditionsSchema = Type.Object({
  purpose: Text(2000),
  retentionUntil: Text(40),
  onwardTransfer: Enum(ONWARD_TRANSFER),
});

const INCIDENT_ID = '4c5d6e7f-8091-4a2b-b3c4-d5e6f708192a';
const INDICATOR = {
  type: 'indicator',
  spec_version: '2.1',
  id: 'indicator--8e2e2d2b-17d4-4cbf-938f-98ee46b3cd3f',
  created: '2026-05-04T07:55:00.000Z',
  modified: '2026-05-04T07:55:00.000Z',
  pattern: "[ipv4-addr:value = '203.0.113.24']",
  pattern_type: 'stix',
  valid_from: '2026-05-04T07:55:00Z',
  object_marking_refs: ['marking-definition--55d920b0-5e8b-4f79-9ee9-91f868d9b421'],
};

export const SHARING_OBJECTS = messageType({
  type: 'sharing.objects',
  summary:
    "STIX objects of an incident, each with the share context and transfer conditions it travels under: a share, a later version of objects sent before (`update`), or a sighting sent back to the incident's source. Each object is validated on its own at the receiver; a large share comes in numbered parts.",
  schema: Type.Object({
    shareId: Type.String({ minLength: 1, maxLength: 100 }),
    kind: Enum(['share', 'update', 'sighting'] as const),
    part: Type.Integer({ minimum: 1 }),
    parts: Type.Integer({ minimum: 1 }),
    incident: Type.Object({
      id: Type.String({ pattern: '^[A-Za-z0-9_-]{1,64}$' }),
      stixId: Text(200),
      title: Text(500),
      status: Enum(INCIDENT_STATUSES),
      affectedStates: Codes,
      sectors: Type.Array(Text(100), { maxItems: 100 }),
      legalBasis: Enum(SHARING_LEGAL_BASES),
      originNode: Text(200),
      originState: Text(8),
    }),
    contexts: Type.Array(Type.Object({ context: ShareContextSchema, conditions: ConditionsSchema }), {
      maxItems: 1000,
    }),
    objects: Type.Array(
      Type.Object({
        object: Type.Unknown({ description: 'a STIX 2.1 object, validated one by one at the receiver' }),
        context: Type.Integer({ minimum: 0, description: 'index into `contexts`' }),
      }),
    ),
  }),
  example: {
    shareId: '2d3e4f50-6172-4839-9a4b-5c6d7e8f9012',
    kind: 'share',
    part: 1,
    parts: 1,
    incident: {
      id: INCIDENT_ID,
      stixId: 'incident--6f1c4a1d-2f50-4c8e-9d0b-1e2f3a4b5c6d',
      title: 'Ransomware against hospital networks',
      status: 'open',
      affectedStates: ['XA', 'XB'],
      sectors: ['health'],
      legalBasis: 'spontaneous_information',
      originNode: 'xa.comity.example',
      originState: 'XA',
    },
    contexts: [
      {
        context: {
          originOrganisation: 'xa.comity.example',
          originState: 'XA',
          recipientOrganisations: ['xb.comity.example'],
          recipientStates: ['XB'],
          namedRecipients: [],
        },
        conditions: {
          purpose: 'investigation of the ransomware campaign',
          retentionUntil: '2027-05-04',
          onwardTransfer: 'with_prior_consent',
        },
      },
    ],
    objects: [{ object: INDICATOR, context: 0 }],
  },
});

export const SHARING_WITHDRAWN = messageType({
  type: 'sharing.withdrawn',
  summary:
    "The originator's markings no longer admit the receiving node for an object it was sent (a later version narrowed them): the receiver hides the object and withdraws it from any node it passed it on to.",
  schema: Type.Object({
    objectId: Text(200),
    incidentId: Text(64),
    reason: Text(2000),
  }),
  example: {
    objectId: 'indicator--8e2e2d2b-17d4-4cbf-938f-98ee46b3cd3f',
    incidentId: INCIDENT_ID,
    reason: 'TLP:RED now names other recipients',
  },
});

export type ObjectsPayload = Static<typeof SHARING_OBJECTS.schema>;
export type ContextEntry = ObjectsPayload['contexts'][number];

export const SHARING_MESSAGES = [SHARING_OBJECTS, SHARING_WITHDRAWN] as const;

/** Splits objects into parts of at most MAX_PART_BYTES of JSON each (an object larger goes alone). */
export function splitParts<T>(items: readonly T[], maxBytes = MAX_PART_BYTES): T[][] {
  const parts: T[][] = [];
  let current: T[] = [];
  let size = 0;
  for (const item of items) {
    const bytes = Buffer.byteLength(JSON.stringify(item));
    if (current.length > 0 && size + bytes > maxBytes) {
      parts.push(current);
      current = [];
      size = 0;
    }
    current.push(item);
    size += bytes;
  }
  if (current.length > 0) parts.push(current);
  return parts;
}
