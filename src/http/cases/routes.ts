import { Type } from 'typebox';
import { CASE_ROLES } from '../../core/cases/need-to-know.js';
import { callerOf } from '../guard.js';
import {
  caseAccessLog,
  createCase,
  listVisibleCases,
  readCase,
  removeCaseMember,
  setCaseMember,
  updateCase,
} from '../../app/cases/cases.js';
import { contextOf } from '../context.js';
import type { AppDeps } from '../../app/deps.js';
import { errorResponses, Id, IdParams, Strict, StringEnum, type App } from '../schemas.js';

const CaseSchema = Type.Object({
  id: Type.String(),
  reference: Type.String(),
  title: Type.String(),
  summary: Type.String(),
  authorityId: Type.Union([Type.String(), Type.Null()]),
  status: StringEnum(['open', 'closed'] as const),
  personalData: Type.Boolean(),
  createdBy: Type.String(),
  createdAt: Type.String(),
  updatedAt: Type.String(),
  members: Type.Array(
    Type.Object({ userId: Type.String(), caseRole: StringEnum(CASE_ROLES), addedAt: Type.String() }),
  ),
});

export function caseRoutes(app: App, deps: AppDeps): void {
  const tags = ['cases'];
  app.post(
    '/api/cases',
    {
      config: { policy: 'cases.create' },
      schema: {
        tags,
        summary: 'Open a case, owned by your authority, with you as its lead',
        body: Strict({
          title: Type.String({ minLength: 1, maxLength: 300 }),
          summary: Type.Optional(Type.String({ maxLength: 20_000 })),
          reference: Type.Optional(
            Type.String({ minLength: 1, maxLength: 100, pattern: '^[A-Za-z0-9/._-]+$' }),
          ),
          personalData: Type.Optional(
            Type.Boolean({
              description: 'the case holds personal data (default true): reads are then logged',
            }),
          ),
        }),
        response: { 201: CaseSchema, ...errorResponses(409) },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(
          await createCase(
            deps.database,
            contextOf(request, deps),
            callerOf(request).principal,
            request.body,
          ),
        ),
  );
  app.get(
    '/api/cases',
    {
      config: { policy: 'cases.read' },
      schema: {
        tags,
        summary: 'Cases you may see (assigned, or owned by your authority)',
        response: { 200: Type.Array(CaseSchema), ...errorResponses() },
      },
    },
    async (request) => listVisibleCases(deps.database, callerOf(request).principal),
  );
  app.get(
    '/api/cases/:id',
    {
      config: { policy: 'cases.read' },
      schema: {
        tags,
        summary: 'One case; reading a case with personal data is recorded in its access log',
        params: IdParams,
        querystring: Type.Object(
          { purpose: Type.Optional(Type.String({ maxLength: 500 })) },
          { additionalProperties: false },
        ),
        response: { 200: CaseSchema, ...errorResponses(404) },
      },
    },
    async (request) =>
      readCase(
        deps.database,
        contextOf(request, deps),
        callerOf(request).principal,
        request.params.id,
        request.query.purpose,
      ),
  );
  app.patch(
    '/api/cases/:id',
    {
      config: { policy: 'cases.update' },
      schema: {
        tags,
        summary: 'Change title, summary or status',
        params: IdParams,
        body: Type.Object(
          {
            title: Type.Optional(Type.String({ minLength: 1, maxLength: 300 })),
            summary: Type.Optional(Type.String({ maxLength: 20_000 })),
            status: Type.Optional(StringEnum(['open', 'closed'] as const)),
          },
          { additionalProperties: false, minProperties: 1 },
        ),
        response: { 200: CaseSchema, ...errorResponses(404) },
      },
    },
    async (request) =>
      updateCase(
        deps.database,
        contextOf(request, deps),
        callerOf(request).principal,
        request.params.id,
        request.body,
      ),
  );
  app.put(
    '/api/cases/:id/members',
    {
      config: { policy: 'cases.members' },
      schema: {
        tags,
        summary: 'Assign a user to the case (or change their case role)',
        params: IdParams,
        body: Strict({ userId: Id, caseRole: StringEnum(CASE_ROLES) }),
        response: { 200: CaseSchema, ...errorResponses(404) },
      },
    },
    async (request) =>
      setCaseMember(
        deps.database,
        contextOf(request, deps),
        callerOf(request).principal,
        request.params.id,
        request.body,
      ),
  );
  app.delete(
    '/api/cases/:id/members/:userId',
    {
      config: { policy: 'cases.members' },
      schema: {
        tags,
        summary: 'Remove a user from the case',
        params: Strict({ id: Id, userId: Id }),
        response: { 200: CaseSchema, ...errorResponses(404, 409) },
      },
    },
    async (request) => {
      const params = request.params;
      return removeCaseMember(
        deps.database,
        contextOf(request, deps),
        callerOf(request).principal,
        params.id,
        params.userId,
      );
    },
  );
  app.get(
    '/api/cases/:id/access-log',
    {
      config: { policy: 'cases.access_log' },
      schema: {
        tags,
        summary: 'Who read this case, when, on which basis (for the DPO and auditors of its authority)',
        params: IdParams,
        response: {
          200: Type.Array(
            Type.Object({
              at: Type.String(),
              actorType: Type.String(),
              actorId: Type.String(),
              requestId: Type.Union([Type.String(), Type.Null()]),
              details: Type.Record(Type.String(), Type.Unknown()),
            }),
          ),
          ...errorResponses(404),
        },
      },
    },
    async (request) => caseAccessLog(deps.database, callerOf(request).principal, request.params.id),
  );
}
