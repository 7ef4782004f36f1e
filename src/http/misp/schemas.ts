/** Response shapes of the console's MISP routes (`/api/misp/…`); the MISP API itself is routes.ts. */
import { Type } from 'typebox';
import type { MispImportDetail, MispImportView } from '../../app/misp/imports.js';
import { Describing, Instant, Nullable, StringEnum } from '../schemas.js';

const ImportFields = {
  id: Type.String(),
  via: StringEnum(['upload', 'api', 'feed', 'cli'] as const),
  source: Type.String({ description: 'the file name, feed address or API route it came from' }),
  userId: Nullable(Type.String()),
  eventUuid: Nullable(Type.String()),
  eventInfo: Nullable(Type.String()),
  status: StringEnum(['complete', 'refused'] as const),
  attributes: Type.Integer({ description: 'attributes read, those of MISP objects included' }),
  converted: Type.Integer(),
  keptAsNotes: Type.Integer({ description: 'attributes without a STIX equivalent, kept as notes' }),
  refused: Type.Integer({ description: 'attributes that could not be read' }),
  stored: Type.Integer({ description: 'STIX objects stored' }),
  unchanged: Type.Integer({ description: 'STIX objects already held as they are' }),
  rejected: Type.Integer({ description: 'STIX objects the store refused' }),
  error: Nullable(Type.String({ description: 'why the event was refused whole' })),
  startedAt: Instant,
  finishedAt: Instant,
};

export const MispImportSchema = Describing<MispImportView>(Type.Object(ImportFields));
export const MispImportsSchema = Type.Array(MispImportSchema);

export const MispImportDetailSchema = Describing<MispImportDetail>(
  Type.Object({
    ...ImportFields,
    objects: Type.Integer({ description: 'MISP objects read' }),
    galaxies: Type.Integer({ description: 'galaxy clusters that became STIX objects' }),
    outcomes: Type.Array(
      Type.Object({
        uuid: Type.String(),
        type: Type.String(),
        status: StringEnum(['converted', 'kept-as-note', 'refused'] as const),
        stixId: Type.Optional(Type.String()),
        reason: Type.Optional(Type.String()),
      }),
      { description: 'refused attributes and notes, with their reasons (at most 1,000)' },
    ),
    rejections: Type.Array(
      Type.Object({
        index: Type.Integer(),
        id: Type.Optional(Type.String()),
        type: Type.Optional(Type.String()),
        status: StringEnum(['accepted', 'unchanged', 'rejected'] as const),
        change: Type.Optional(StringEnum(['created', 'updated', 'history'] as const)),
        warnings: Type.Optional(Type.Array(Type.String())),
        code: Type.Optional(Type.String()),
        reason: Type.Optional(Type.String()),
        path: Type.Optional(Type.String()),
        offset: Type.Optional(Type.Integer()),
      }),
      { description: 'STIX objects the store refused or accepted with warnings' },
    ),
  }),
);

const Progress = Type.Object({
  total: Type.Integer({ description: 'events to import in this pull' }),
  done: Type.Integer(),
  bytes: Type.Number({ description: 'bytes read of the event in hand' }),
  eventBytes: Type.Integer(),
});

export const FeedJobSchema = Type.Object({
  id: Type.String(),
  url: Type.String(),
  state: StringEnum(['running', 'done', 'failed'] as const),
  startedAt: Instant,
  finishedAt: Type.Optional(Instant),
  progress: Progress,
  result: Type.Optional(
    Type.Object({
      feed: Type.String(),
      listed: Type.Integer(),
      upToDate: Type.Integer(),
      imported: Type.Integer(),
      failed: Type.Array(Type.Object({ uuid: Type.String(), reason: Type.String() })),
      attributes: Type.Integer(),
      stored: Type.Integer(),
      alerts: Type.Integer(),
    }),
  ),
  problem: Type.Optional(Type.Object({ code: Type.String(), message: Type.String() })),
});

export const MispOverviewSchema = Type.Object({
  apiUrl: Type.String({ description: 'where a MISP client (PyMISP) points: its "url"' }),
  maxContentLength: Type.Integer({ description: 'largest event file or body accepted, in bytes' }),
});
