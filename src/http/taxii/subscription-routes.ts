/**
 * Subscriptions of this node to remote TAXII collections (`/api/taxii/subscriptions`): listed
 * with where each poller stands, made, paused, resumed, polled now and removed.
 */
import { Type } from 'typebox';
import type { AppDeps } from '../../app/deps.js';
import { sharingDepsOf } from '../../app/sharing/deps.js';
import { pollAsThisNode } from '../../app/taxii/subscriptions/poller-daemon.js';
import {
  changeSubscription,
  listSubscriptions,
  type SubscriptionView,
  subscribe,
} from '../../app/taxii/subscriptions/subscriptions.js';
import { TLP_LEVELS } from '../../core/sharing/markings/tlp.js';
import { contextOf } from '../context.js';
import { callerOf } from '../guard.js';
import {
  type App,
  Describing,
  errorResponses,
  IdParams,
  Instant,
  NoContent,
  Nullable,
  Strict,
  StringEnum,
} from '../schemas.js';

const AUTH = ['none', 'basic', 'token'] as const;

const SubscriptionSchema = Describing<SubscriptionView>(
  Type.Object({
    id: Type.String(),
    title: Type.String(),
    collectionUrl: Type.String(),
    auth: StringEnum(AUTH),
    username: Nullable(Type.String()),
    intervalMinutes: Type.Integer(),
    defaultTlp: StringEnum(TLP_LEVELS),
    active: Type.Boolean(),
    midListing: Type.Boolean({
      description: 'a listing is being read page by page (the remote gave a next)',
    }),
    addedAfter: Nullable(Type.String({ description: 'the next poll asks for what was added after this' })),
    objectsReceived: Type.Integer(),
    objectsRefused: Type.Integer(),
    pages: Type.Integer(),
    failures: Type.Integer({ description: 'failed polls in a row' }),
    lastError: Nullable(Type.String()),
    lastPolledAt: Nullable(Instant),
    lastSuccessAt: Nullable(Instant),
    nextPollAt: Instant,
    createdAt: Instant,
  }),
);

export function taxiiSubscriptionRoutes(app: App, deps: AppDeps): void {
  const tags = ['taxii'];
  app.get(
    '/api/taxii/subscriptions',
    {
      config: { policy: 'taxii.subscriptions.read' },
      schema: {
        tags,
        summary: 'Remote TAXII collections this node subscribes to, with where each poller stands',
        response: { 200: Type.Array(SubscriptionSchema), ...errorResponses() },
      },
    },
    async () => listSubscriptions(deps.database.db),
  );
  app.post(
    '/api/taxii/subscriptions',
    {
      config: { policy: 'taxii.subscriptions.manage' },
      schema: {
        tags,
        summary: 'Subscribe to a remote TAXII 2.1 collection; the poller reads it from the start',
        body: Strict({
          title: Type.String({ minLength: 1, maxLength: 200 }),
          collectionUrl: Type.String({ minLength: 8, maxLength: 2000 }),
          auth: StringEnum(AUTH),
          username: Type.Optional(Type.String({ minLength: 1, maxLength: 200 })),
          secret: Type.Optional(Type.String({ minLength: 1, maxLength: 2000 })),
          intervalMinutes: Type.Optional(Type.Integer({ minimum: 1, maximum: 10_080 })),
          defaultTlp: Type.Optional(StringEnum(TLP_LEVELS)),
        }),
        response: { 201: SubscriptionSchema, ...errorResponses() },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(
          await subscribe(
            deps.database,
            contextOf(request, deps),
            callerOf(request).principal.userId,
            request.body,
          ),
        ),
  );
  app.post(
    '/api/taxii/subscriptions/:id/:change',
    {
      config: { policy: 'taxii.subscriptions.manage' },
      schema: {
        tags,
        summary: 'Pause, resume or poll a subscription now',
        params: Type.Object(
          { id: IdParams.properties.id, change: StringEnum(['pause', 'resume', 'poll_now'] as const) },
          { additionalProperties: false },
        ),
        response: { 200: SubscriptionSchema, ...errorResponses(404) },
      },
    },
    async (request) => {
      const ctx = contextOf(request, deps);
      const changed = (await changeSubscription(
        deps.database,
        ctx,
        request.params.id,
        request.params.change,
      ))!;
      // Asked by hand: polled at once in the background; the list shows its progress as it reads.
      if (request.params.change === 'poll_now' || request.params.change === 'resume')
        void pollAsThisNode(sharingDepsOf(deps), { ...ctx, requestId: null }, changed.id).catch(
          (error: unknown) => request.log.error({ err: error }, 'TAXII poll failed'),
        );
      return changed;
    },
  );
  app.delete(
    '/api/taxii/subscriptions/:id',
    {
      config: { policy: 'taxii.subscriptions.manage' },
      schema: {
        tags,
        summary: 'Stop subscribing (what arrived stays)',
        params: IdParams,
        response: { 204: NoContent, ...errorResponses(404) },
      },
    },
    async (request, reply) => {
      await changeSubscription(deps.database, contextOf(request, deps), request.params.id, 'remove');
      return reply.status(204).send(null);
    },
  );
}
