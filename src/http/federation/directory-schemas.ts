/** Schemas of directories of nodes: the wire documents and the administrator's views. */
import { Type } from 'typebox';
import type { DirectoryDetail, DirectorySummary } from '../../app/directory/view.js';
import type { DirectoryDocument } from '../../federation/directory/document.js';
import type { HeadReport, InclusionBundle } from '../../federation/directory/proofs.js';
import { Describing, Instant, JsonObject, Nullable, StringEnum } from '../schemas.js';

export const DirectoryIdParams = Type.Object(
  { id: Type.String({ pattern: '^[a-z0-9][a-z0-9.-]{0,62}$', description: 'the directory id' }) },
  { additionalProperties: false },
);

const Jws = Type.String({ maxLength: 65_536 });

export const DirectoryDocumentSchema = Describing<DirectoryDocument>(
  Type.Object(
    {
      version: Type.Literal(1),
      directory: Type.Object({ id: Type.String(), name: Type.String(), key: JsonObject }),
      entries: Type.Array(JsonObject, {
        description: 'card, rotation and revocation entries in order (§17.2)',
      }),
      head: Type.String({ description: 'the signed tree head (§17.3)' }),
      cosignatures: Type.Array(Type.String()),
    },
    { description: 'a whole copy of a directory (docs/FEDERATION.md §17.4)' },
  ),
);

export const HeadReportSchema = Describing<HeadReport>(
  Type.Object({
    head: Type.String(),
    cosignatures: Type.Array(Type.String()),
    from: Type.Optional(Type.Integer()),
    proof: Type.Optional(
      Type.Array(Type.String(), { description: 'RFC 9162 consistency proof, base64url hashes' }),
    ),
  }),
);

export const InclusionSchema = Describing<InclusionBundle>(
  Type.Object({
    entry: JsonObject,
    index: Type.Integer(),
    proof: Type.Array(Type.String(), { description: 'RFC 9162 inclusion proof, base64url hashes' }),
    head: Type.String(),
  }),
);

export const CosignatureBody = Type.Object({ cosignature: Jws }, { additionalProperties: false });

const Status = StringEnum(['ok', 'failing', 'split_view'] as const, {
  description: 'split_view: two histories signed by the directory key were seen; held until resolved',
});

export const DirectorySummarySchema = Describing<DirectorySummary>(
  Type.Object({
    id: Type.String(),
    role: StringEnum(['trusted', 'operated'] as const),
    name: Type.String(),
    source: Nullable(Type.String()),
    fingerprint: Type.String({ description: "the directory key's fingerprint" }),
    size: Type.Integer(),
    root: Type.String(),
    headIssuedAt: Nullable(Instant),
    witnesses: Type.Array(Type.String()),
    quorum: Type.Integer(),
    cosignatures: Type.Integer(),
    cosign: Type.Boolean(),
    status: Status,
    lastError: Nullable(Type.String()),
    verifiedAt: Nullable(Instant),
    openAlerts: Type.Integer(),
    addedAt: Instant,
  }),
);

const AlertSchema = Type.Object({
  id: Type.String(),
  directoryId: Type.String(),
  kind: StringEnum(['split_view', 'refused', 'conflict'] as const),
  detail: Type.String(),
  evidence: JsonObject,
  source: Nullable(Type.String()),
  raisedAt: Instant,
  resolvedAt: Nullable(Instant),
});

export const DirectoryDetailSchema = Describing<DirectoryDetail>(
  Type.Object({
    directory: DirectorySummarySchema,
    nodes: Type.Array(
      Type.Object({
        nodeId: Type.String(),
        state: Type.String(),
        url: Type.String(),
        fingerprint: Type.String(),
        index: Type.Integer(),
        revoked: Nullable(Type.Object({ reason: Type.String(), revokedAt: Instant })),
        trust: StringEnum([
          'listed',
          'via_directory',
          'by_hand',
          'other_directory',
          'conflict',
          'revoked',
          'self',
          'not_trusted',
        ] as const),
      }),
    ),
    alerts: Type.Array(AlertSchema),
  }),
);

const Names = Type.Array(Type.String(), { maxItems: 1000 });
export const OutcomeSchema = Type.Object({
  ok: Type.Boolean(),
  reason: Type.Optional(Type.String()),
  detail: Type.Optional(Type.String()),
  size: Type.Optional(Type.Integer()),
  grew: Type.Optional(Type.Integer()),
  source: Type.Optional(Type.String()),
  added: Type.Optional(Names),
  updated: Type.Optional(Names),
  revoked: Type.Optional(Names),
  conflicts: Type.Optional(Names),
  splitViews: Type.Optional(Names),
});
