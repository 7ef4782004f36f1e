/** Evidence files: streamed into a case, listed, described, and streamed out (the read recorded). */
import { Type } from 'typebox';
import { callerOf } from '../guard.js';
import { contextOf } from '../context.js';
import type { AppDeps } from '../../app/deps.js';
import {
  type EvidenceView,
  getEvidence,
  listEvidence,
  readEvidence,
  storeEvidence,
} from '../../app/evidence/evidence.js';
import { evidenceStoreFor } from '../../app/evidence/store.js';
import { type App, BinaryContent, Describing, errorResponses, Id, IdParams, typed } from '../schemas.js';
import { streamBody } from '../stream-body.js';

export const EvidenceSchema = Describing<EvidenceView>(
  Type.Object({
    id: Type.String(),
    caseId: Type.String(),
    requestId: Type.Union([Type.String(), Type.Null()]),
    itemId: Type.Union([Type.String(), Type.Null()]),
    filename: Type.String(),
    mediaType: Type.String(),
    size: Type.Integer(),
    sha256: Type.String(),
    createdBy: Type.String(),
    createdAt: Type.String(),
  }),
);

export function evidenceRoutes(app: App, deps: AppDeps): void {
  const store = evidenceStoreFor(deps);
  const tags = ['evidence'];

  // Uploads are raw bytes, read as a stream: never buffered, whatever their size.
  void app.register(async (plain) => {
    const scope = typed(plain);
    scope.addContentTypeParser('application/octet-stream', (_request, payload, done) => done(null, payload));
    scope.put(
      '/api/cases/:id/evidence',
      {
        config: { policy: 'evidence.write' },
        schema: {
          tags,
          summary:
            'Stream a file into a case (application/octet-stream); SHA-256 computed on the way in, sealed at rest',
          params: IdParams,
          querystring: Type.Object(
            {
              filename: Type.String({ minLength: 1, maxLength: 255, pattern: '^[^/\\\\]+$' }),
              mediaType: Type.Optional(Type.String({ pattern: '^[\\w.+-]+/[\\w.+-]+$', maxLength: 100 })),
              requestId: Type.Optional(Id),
              itemId: Type.Optional(Type.String({ minLength: 1, maxLength: 100 })),
            },
            { additionalProperties: false },
          ),
          headers: Type.Object({
            'x-content-sha256': Type.Optional(Type.String({ pattern: '^[0-9a-fA-F]{64}$' })),
          }),
          response: { 201: EvidenceSchema, ...errorResponses(404, 413) },
        },
      },
      async (request, reply) => {
        const q = request.query;
        const expected = request.headers['x-content-sha256'];
        const view = await storeEvidence(
          store,
          contextOf(request, deps),
          callerOf(request).principal,
          request.params.id,
          {
            filename: q.filename,
            mediaType: q.mediaType ?? 'application/octet-stream',
            ...(q.requestId ? { requestId: q.requestId } : {}),
            ...(q.itemId ? { itemId: q.itemId } : {}),
            ...(expected ? { expectedSha256: expected } : {}),
          },
          streamBody(request),
        );
        return reply.status(201).send(view);
      },
    );
  });

  app.get(
    '/api/cases/:id/evidence',
    {
      config: { policy: 'evidence.read' },
      schema: {
        tags,
        summary: 'Evidence filed in a case',
        params: IdParams,
        response: { 200: Type.Array(EvidenceSchema), ...errorResponses(404) },
      },
    },
    async (request) => listEvidence(deps.database, callerOf(request).principal, request.params.id),
  );
  app.get(
    '/api/evidence/:id',
    {
      config: { policy: 'evidence.read' },
      schema: {
        tags,
        summary: 'The facts of one evidence file',
        params: IdParams,
        response: { 200: EvidenceSchema, ...errorResponses(404) },
      },
    },
    async (request) => getEvidence(deps.database, callerOf(request).principal, request.params.id),
  );
  app.get(
    '/api/evidence/:id/content',
    {
      config: { policy: 'evidence.read' },
      schema: {
        tags,
        summary: 'Stream the content (the read is recorded; the stream fails if the stored file was altered)',
        params: IdParams,
        produces: ['application/octet-stream'],
        response: { 200: BinaryContent, ...errorResponses(404) },
      },
    },
    async (request, reply) => {
      const { view, content } = await readEvidence(
        store,
        contextOf(request, deps),
        callerOf(request).principal,
        request.params.id,
      );
      reply.header('content-type', view.mediaType);
      reply.header('content-length', String(view.size));
      reply.header('x-content-sha256', view.sha256);
      reply.header('content-disposition', `attachment; filename="${view.filename.replaceAll('"', '')}"`);
      return reply.send(content);
    },
  );
}
