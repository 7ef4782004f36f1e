/**
 * Resumable evidence uploads: start with the file's facts, send numbered 1 MiB chunks (again
 * after a lost connection: `missing` says which), complete with the browser's SHA-256.
 */
import { Type } from 'typebox';
import type { AppDeps } from '../../app/deps.js';
import { evidenceStoreFor } from '../../app/evidence/store.js';
import {
  completeUpload,
  putChunk,
  startUpload,
  type UploadView,
  uploadStatus,
} from '../../app/evidence/uploads.js';
import { CHUNK_SIZE } from '../../storage/evidence/sealed-file.js';
import { contextOf } from '../context.js';
import { callerOf } from '../guard.js';
import {
  type App,
  Describing,
  errorResponses,
  Id,
  IdParams,
  Nullable,
  Strict,
  StringEnum,
  typed,
} from '../schemas.js';
import { EvidenceSchema } from './routes.js';

const UploadSchema = Describing<UploadView>(
  Type.Object({
    id: Type.String(),
    caseId: Type.String(),
    requestId: Nullable(Type.String()),
    itemId: Nullable(Type.String()),
    filename: Type.String(),
    mediaType: Type.String(),
    size: Type.Integer(),
    chunkSize: Type.Integer(),
    chunkCount: Type.Integer(),
    chunksReceived: Type.Integer(),
    missing: Type.Array(Type.Integer(), { description: 'the first chunks still missing (at most 64)' }),
    status: StringEnum(['receiving', 'complete', 'failed'] as const),
    evidenceId: Nullable(Type.String()),
    createdAt: Type.String(),
  }),
);

const ChunkParams = Type.Object(
  { id: Id, index: Type.Integer({ minimum: 0, maximum: 100_000 }) },
  { additionalProperties: false },
);

export function uploadRoutes(app: App, deps: AppDeps): void {
  const store = evidenceStoreFor(deps);
  const tags = ['evidence'];
  app.post(
    '/api/cases/:id/uploads',
    {
      config: { policy: 'evidence.write' },
      schema: {
        tags,
        summary: 'Start a resumable upload into a case: the file is then sent as numbered 1 MiB chunks',
        params: IdParams,
        body: Strict({
          filename: Type.String({ minLength: 1, maxLength: 255, pattern: '^[^/\\\\]+$' }),
          mediaType: Type.String({ pattern: '^[\\w.+-]+/[\\w.+-]+$', maxLength: 100 }),
          size: Type.Integer({ minimum: 0 }),
          requestId: Type.Optional(Id),
          itemId: Type.Optional(Type.String({ minLength: 1, maxLength: 100 })),
        }),
        response: { 201: UploadSchema, ...errorResponses(404, 413) },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(
          await startUpload(
            store,
            contextOf(request, deps),
            callerOf(request).principal,
            request.params.id,
            request.body,
          ),
        ),
  );
  app.get(
    '/api/uploads/:id',
    {
      config: { policy: 'evidence.write' },
      schema: {
        tags,
        summary: 'Where an upload stands: chunks received and the first ones still missing',
        params: IdParams,
        response: { 200: UploadSchema, ...errorResponses(404) },
      },
    },
    async (request) => uploadStatus(store, callerOf(request).principal, request.params.id),
  );
  app.register(async (plain) => {
    const scope = typed(plain);
    scope.addContentTypeParser(
      'application/octet-stream',
      { parseAs: 'buffer', bodyLimit: CHUNK_SIZE + 1024 },
      (_request, body, done) => done(null, body),
    );
    scope.put(
      '/api/uploads/:id/chunks/:index',
      {
        config: { policy: 'evidence.write' },
        bodyLimit: CHUNK_SIZE + 1024,
        schema: {
          tags,
          summary:
            'Send one chunk (application/octet-stream, 1 MiB except the last); it is sealed in place at once',
          params: ChunkParams,
          response: { 200: UploadSchema, ...errorResponses(404, 409, 413, 415) },
        },
      },
      async (request) => {
        const body: unknown = request.body;
        return putChunk(
          store,
          contextOf(request, deps),
          callerOf(request).principal,
          request.params.id,
          request.params.index,
          Buffer.isBuffer(body) ? body : Buffer.alloc(0),
        );
      },
    );
  });
  app.post(
    '/api/uploads/:id/complete',
    {
      config: { policy: 'evidence.write' },
      schema: {
        tags,
        summary:
          "File the uploaded file as evidence once every chunk is in; it must match the browser's SHA-256 when given",
        params: IdParams,
        body: Strict({ sha256: Type.Optional(Type.String({ pattern: '^[0-9a-fA-F]{64}$' })) }),
        response: { 201: EvidenceSchema, ...errorResponses(404, 409) },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(
          await completeUpload(
            store,
            contextOf(request, deps),
            callerOf(request).principal,
            request.params.id,
            request.body.sha256,
          ),
        ),
  );
}
