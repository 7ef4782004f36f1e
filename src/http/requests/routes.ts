import { Type } from 'typebox';
import { USER_ACTIONS } from '../../core/legal/lifecycle/available-actions.js';
import { URGENCIES } from '../../core/legal/regimes/pack-schema.js';
import type { RegimeRegistry } from '../../core/legal/regimes/registry.js';
import { callerOf } from '../guard.js';
import { contextOf } from '../context.js';
import type { AppDeps } from '../../app/deps.js';
import {
  actOnRequest,
  draftRequestInCase,
  actionsFor,
  instrumentOfRequest,
  getRequest,
  markOpened,
  getRequestEvents,
  listRequests,
  reviewStoredRequest,
  decideReceivedDataUse,
} from '../../app/requests/requests.js';
import { fileReceivedRequest } from '../../app/requests/file-received.js';
import { errorResponses, Id, IdParams, Strict, StringEnum, type App } from '../schemas.js';
import { receiptLadder } from '../../app/requests/receipt-ladder.js';
import {
  GroundSchema,
  InstrumentSchema,
  ScreeningQuestionSchema,
} from '../../core/legal/regimes/pack-schema.js';
import {
  ActionAvailabilitySchema,
  CarriedMessageSchema,
  DataUseProposal,
  DataUseSchema,
  RequestEventSchema,
  RequestSchema,
  ReviewSchema,
} from './schemas.js';

export function requestRoutes(app: App, deps: AppDeps, registry: RegimeRegistry): void {
  const tags = ['requests'];
  app.post(
    '/api/cases/:id/requests',
    {
      config: { policy: 'requests.draft' },
      schema: {
        tags,
        summary: 'Draft a cooperation request from a case, to another State, under a regime and instrument',
        params: IdParams,
        body: Strict({
          regime: Type.String({ minLength: 1, maxLength: 64 }),
          instrument: Type.String({ minLength: 1, maxLength: 64 }),
          requestedState: Type.String({ pattern: '^[A-Z]{2}$' }),
          urgency: Type.Optional(StringEnum(URGENCIES)),
          language: Type.Optional(
            Type.String({
              pattern: '^[a-z]{2}(-[A-Z]{2})?$',
              description: 'language the request is written in (ISO 639-1; default en)',
            }),
          ),
          fields: Type.Record(Type.String(), Type.Unknown()),
          items: Type.Array(Type.Record(Type.String(), Type.Unknown()), { maxItems: 500 }),
          offences: Type.Array(Type.Record(Type.String(), Type.Unknown()), { maxItems: 50 }),
          linkedPreservationId: Type.Optional(Type.String({ maxLength: 64 })),
          role: Type.Optional(Type.String({ maxLength: 32, description: 'which of your roles you act in' })),
        }),
        response: { 201: RequestSchema, ...errorResponses(404, 409) },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(
          await draftRequestInCase(
            deps.database,
            registry,
            contextOf(request, deps),
            callerOf(request).principal,
            request.params.id,
            request.body,
          ),
        ),
  );
  app.get(
    '/api/requests',
    {
      config: { policy: 'requests.read' },
      schema: {
        tags,
        summary:
          'Requests in the cases you may see and your inbox, most recently changed first; when more remain, a `Link: <…>; rel="next"` header gives the next page',
        querystring: Type.Object(
          {
            status: Type.Optional(Type.String({ maxLength: 40 })),
            limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 1000, default: 200 })),
            cursor: Type.Optional(Type.String({ maxLength: 400, pattern: '^[A-Za-z0-9_-]+$' })),
          },
          { additionalProperties: false },
        ),
        response: { 200: Type.Array(RequestSchema), ...errorResponses() },
      },
    },
    async (request, reply) => {
      const { status, limit, cursor } = request.query;
      const page = await listRequests(deps.database, callerOf(request).principal, {
        ...(status ? { status } : {}),
        ...(limit ? { limit } : {}),
        ...(cursor ? { cursor } : {}),
      });
      if (page.next) {
        const next = new URLSearchParams({
          ...(status ? { status } : {}),
          limit: String(limit ?? 200),
          cursor: page.next,
        });
        void reply.header('link', `</api/requests?${next}>; rel="next"`);
      }
      return page.requests;
    },
  );
  app.get(
    '/api/requests/:id',
    {
      config: { policy: 'requests.read' },
      schema: {
        tags,
        summary:
          'A request and its derived state (the first time a person of the requested State opens it, the sender gets the signed "opened" receipt)',
        params: IdParams,
        response: { 200: RequestSchema, ...errorResponses(404) },
      },
    },
    async (request) => {
      const view = await getRequest(deps.database, callerOf(request).principal, request.params.id);
      if (deps.federation) await markOpened(deps.database, contextOf(request, deps), deps.federation, view);
      return view;
    },
  );
  app.get(
    '/api/requests/:id/actions',
    {
      config: { policy: 'requests.read' },
      schema: {
        tags,
        summary:
          'Which lifecycle actions you may take now, decided by the legal core; a closed one says why (wrong status, side or role)',
        params: IdParams,
        response: { 200: Type.Array(ActionAvailabilitySchema), ...errorResponses(404) },
      },
    },
    async (request) =>
      actionsFor(deps.database, deps.registry, deps.clock, callerOf(request).principal, request.params.id),
  );
  app.get(
    '/api/requests/:id/instrument',
    {
      config: { policy: 'requests.read' },
      schema: {
        tags,
        summary:
          "The request's instrument as it applies between its two States (fields, deadlines, permitted grounds, roles), with its regime's grounds and screening questions",
        params: IdParams,
        response: {
          200: Type.Object({
            regime: Type.String(),
            regimeTitle: Type.String(),
            instrument: Type.String(),
            spec: InstrumentSchema,
            grounds: Type.Array(GroundSchema),
            screening: Type.Array(ScreeningQuestionSchema),
          }),
          ...errorResponses(404),
        },
      },
    },
    async (request) =>
      instrumentOfRequest(deps.database, deps.registry, callerOf(request).principal, request.params.id),
  );
  app.get(
    '/api/requests/:id/messages',
    {
      config: { policy: 'requests.read' },
      schema: {
        tags,
        summary:
          'The federation messages that carried the request, each with its signed receipts (accepted, delivered, opened, answered) and the signing key fingerprints',
        params: IdParams,
        response: { 200: Type.Array(CarriedMessageSchema), ...errorResponses(404) },
      },
    },
    async (request) => receiptLadder(deps.database, callerOf(request).principal, request.params.id),
  );
  app.get(
    '/api/requests/:id/events',
    {
      config: { policy: 'requests.read' },
      schema: {
        tags,
        summary: 'The append-only event log of a request',
        params: IdParams,
        response: { 200: Type.Array(RequestEventSchema), ...errorResponses(404) },
      },
    },
    async (request) => getRequestEvents(deps.database, callerOf(request).principal, request.params.id),
  );
  app.get(
    '/api/requests/:id/review',
    {
      config: { policy: 'requests.read' },
      schema: {
        tags,
        summary:
          'Safeguards review: completeness, art. 24 statements, screening, confidentiality, dual criminality',
        params: IdParams,
        response: { 200: ReviewSchema, ...errorResponses(404) },
      },
    },
    async (request) =>
      reviewStoredRequest(deps.database, registry, callerOf(request).principal, request.params.id),
  );
  app.post(
    '/api/requests/:id/actions',
    {
      config: { policy: 'requests.act' },
      schema: {
        tags,
        summary:
          'Apply a lifecycle action (submit, acknowledge, accept, refuse, …); 409 when the request changed meanwhile',
        params: IdParams,
        body: Strict({
          action: Type.Intersect([
            Type.Object({ type: StringEnum(USER_ACTIONS) }),
            Type.Record(Type.String(), Type.Unknown()),
          ]),
          expectedVersion: Type.Optional(Type.Integer({ minimum: 0 })),
          role: Type.Optional(Type.String({ maxLength: 32 })),
        }),
        response: { 200: RequestSchema, 202: RequestSchema, ...errorResponses(404, 409) },
      },
    },
    async (request, reply) => {
      const body = request.body;
      const view = await actOnRequest(
        deps.database,
        registry,
        contextOf(request, deps),
        callerOf(request).principal,
        request.params.id,
        body.action,
        {
          ...(body.expectedVersion !== undefined ? { expectedVersion: body.expectedVersion } : {}),
          ...(body.role ? { role: body.role } : {}),
          ...(deps.federation ? { courier: deps.federation } : {}),
        },
      );
      return reply.status(view.forwardedAs ? 202 : 200).send(view);
    },
  );
  app.post(
    '/api/requests/:id/case',
    {
      config: { policy: 'cases.update' },
      schema: {
        tags,
        summary:
          'File a request received from another State in a case of your authority (its execution file), so evidence can be filed against it',
        params: IdParams,
        body: Strict({ caseId: Id }),
        response: { 200: RequestSchema, ...errorResponses(404, 409) },
      },
    },
    async (request) =>
      fileReceivedRequest(
        deps.database,
        contextOf(request, deps),
        callerOf(request).principal,
        request.params.id,
        request.body.caseId,
      ),
  );
  app.post(
    '/api/requests/:id/data-use',
    {
      config: { policy: 'requests.act' },
      schema: {
        tags,
        summary:
          'Ask before reusing or passing on received data: allowed with the basis cited, or 403 citing the conditions',
        params: IdParams,
        body: Strict({ dataItemId: Type.String({ minLength: 1, maxLength: 100 }), ...DataUseProposal }),
        response: { 200: DataUseSchema, ...errorResponses(404, 409) },
      },
    },
    async (request) => {
      const body = request.body;
      const { dataItemId, ...proposal } = body;
      return decideReceivedDataUse(
        deps.database,
        contextOf(request, deps),
        callerOf(request).principal,
        request.params.id,
        dataItemId,
        proposal,
      );
    },
  );
}
