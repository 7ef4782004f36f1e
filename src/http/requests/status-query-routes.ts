/** Status-and-progress queries on a request: ask, list with every answer, answer again with a note. */
import { Type } from 'typebox';
import type { RegimeRegistry } from '../../core/legal/regimes/registry.js';
import { callerOf } from '../guard.js';
import { contextOf } from '../context.js';
import type { AppDeps } from '../../app/deps.js';
import {
  answerRequestStatus,
  askRequestStatus,
  listRequestStatusQueries,
  type StatusQueryView,
} from '../../app/requests/status-queries.js';
import { Describing, errorResponses, Id, IdParams, Strict, StringEnum, type App } from '../schemas.js';
import { requireFederation } from '../federation/wire-routes.js';
import { StatusReportSchema } from './schemas.js';

const AnswerSchema = Type.Object({
  messageId: Type.String(),
  answeredAt: Type.String(),
  automatic: Type.Boolean(),
  note: Type.Optional(Type.String()),
  answeredBy: Type.Optional(Type.Object({ role: Type.String() })),
  report: StatusReportSchema,
  replicaVersionOnArrival: Type.Optional(Type.Integer()),
});
const QuerySchema = Describing<StatusQueryView>(
  Type.Object({
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
  }),
);
const QueryParams = Type.Object({ id: Id, queryId: Id }, { additionalProperties: false });

export function requestStatusQueryRoutes(app: App, deps: AppDeps, registry: RegimeRegistry): void {
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
            request.params.id,
            request.body.question,
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
      listRequestStatusQueries(deps.database, callerOf(request).principal, request.params.id),
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
      const { id, queryId } = request.params;
      return reply
        .status(202)
        .send(
          await answerRequestStatus(
            { database: deps.database, courier: requireFederation(deps), registry },
            contextOf(request, deps),
            callerOf(request).principal,
            id,
            queryId,
            request.body.note,
          ),
        );
    },
  );
}
