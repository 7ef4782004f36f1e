import type { FastifyInstance } from 'fastify';
import { Type } from 'typebox';
import type { RegimeRegistry } from '../../core/legal/regimes/registry.js';
import { callerOf } from '../guard.js';
import { contextOf } from '../context.js';
import type { AppDeps } from '../../app/deps.js';
import {
  answerRequestStatus,
  askRequestStatus,
  listRequestStatusQueries,
} from '../../app/requests/status-queries.js';
import { errorResponses, Id, IdParams, Strict, StringEnum } from '../schemas.js';
import { requireFederation } from '../federation/wire-routes.js';

// The report is the legal core's StatusReport; its shape is documented there and in FEDERATION.md.
const AnswerSchema = Type.Object({
  messageId: Type.String(),
  answeredAt: Type.String(),
  automatic: Type.Boolean(),
  note: Type.Optional(Type.String()),
  answeredBy: Type.Optional(Type.Object({ role: Type.String() })),
  report: Type.Record(Type.String(), Type.Unknown()),
  replicaVersionOnArrival: Type.Optional(Type.Integer()),
});
const QuerySchema = Type.Object({
  id: Type.String(),
  requestId: Type.String(),
  side: StringEnum(['requesting', 'requested'] as const),
  peer: Type.String(),
  question: Type.Union([Type.String(), Type.Null()]),
  askedBy: Type.Union([Type.String(), Type.Null()]),
  askedAt: Type.String(),
  messageId: Type.String(),
  lastAnsweredAt: Type.Union([Type.String(), Type.Null()]),
  status: StringEnum(['pending', 'answered'] as const),
  answers: Type.Array(AnswerSchema),
  latest: Type.Union([AnswerSchema, Type.Null()]),
  replica: Type.Object({
    version: Type.Integer(),
    behind: Type.Boolean({
      description: 'the latest answer reports a version this node has not reached yet',
    }),
  }),
});
const QueryParams = Type.Object({ id: Id, queryId: Id }, { additionalProperties: false });

export function requestStatusQueryRoutes(
  app: FastifyInstance,
  deps: AppDeps,
  registry: RegimeRegistry,
): void {
  const tags = ['requests'];
  app.post(
    '/api/requests/:id/status-queries',
    {
      config: { policy: 'requests.status_query' },
      schema: {
        tags,
        summary:
          'Ask the requested State how the request stands (requesting side); its node answers by itself with version, status, progress and deadlines',
        params: IdParams,
        body: Strict({ question: Type.Optional(Type.String({ maxLength: 2000 })) }),
        response: { 202: QuerySchema, ...errorResponses(403, 404, 409, 503) },
      },
    },
    async (request, reply) =>
      reply
        .status(202)
        .send(
          await askRequestStatus(
            { database: deps.database, courier: requireFederation(deps) },
            contextOf(request, deps),
            callerOf(request).principal,
            (request.params as { id: string }).id,
            (request.body as { question?: string }).question,
          ),
        ),
  );
  app.get(
    '/api/requests/:id/status-queries',
    {
      config: { policy: 'requests.read' },
      schema: {
        tags,
        summary: 'Status queries on a request with every answer; says when an answer is ahead of this node',
        params: IdParams,
        response: { 200: Type.Array(QuerySchema), ...errorResponses(404) },
      },
    },
    async (request) =>
      listRequestStatusQueries(
        deps.database,
        callerOf(request).principal,
        (request.params as { id: string }).id,
      ),
  );
  app.post(
    '/api/requests/:id/status-queries/:queryId/answer',
    {
      config: { policy: 'requests.status_answer' },
      schema: {
        tags,
        summary:
          'Answer a status query again with a note (requested side, a receiver role of the instrument)',
        params: QueryParams,
        body: Strict({ note: Type.String({ minLength: 1, maxLength: 4000 }) }),
        response: { 202: QuerySchema, ...errorResponses(403, 404, 409, 503) },
      },
    },
    async (request, reply) => {
      const { id, queryId } = request.params as { id: string; queryId: string };
      return reply
        .status(202)
        .send(
          await answerRequestStatus(
            { database: deps.database, courier: requireFederation(deps), registry },
            contextOf(request, deps),
            callerOf(request).principal,
            id,
            queryId,
            (request.body as { note: string }).note,
          ),
        );
    },
  );
}
