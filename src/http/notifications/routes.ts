import { Type } from 'typebox';
import { callerOf } from '../guard.js';
import { contextOf } from '../context.js';
import type { AppDeps } from '../../app/deps.js';
import {
  type AuthorityPerson,
  authorityPeople,
  createWebhook,
  deactivateWebhook,
  listMyNotifications,
  listNotifications,
  type NotificationView,
  listWebhooks,
  readRoster,
  replaceRoster,
  sendTestEmail,
} from '../../app/notifications/admin.js';
import {
  type App,
  Describing,
  errorResponses,
  IdParams,
  NoContent,
  Nullable,
  Strict,
  StringEnum,
} from '../schemas.js';

const Instant = Type.String({ format: 'date-time' });
const ShiftInput = Strict({
  userId: Type.String({ minLength: 1, maxLength: 64 }),
  position: Type.Integer({ minimum: 0, maximum: 9 }),
  startsAt: Instant,
  endsAt: Instant,
  timezone: Type.String({ minLength: 1, maxLength: 64 }),
});
const RosterSchema = Type.Object({
  authorityId: Type.String(),
  shifts: Type.Array(
    Type.Object({
      id: Type.String(),
      userId: Type.String(),
      displayName: Type.String(),
      position: Type.Integer(),
      startsAt: Type.String(),
      endsAt: Type.String(),
      timezone: Type.String(),
    }),
  ),
  onCall: Type.Array(
    Type.Object({
      userId: Type.String(),
      displayName: Type.String(),
      position: Type.Integer(),
      until: Type.String(),
      localTime: Type.String(),
    }),
  ),
});
const NotificationSchema = Describing<NotificationView>(
  Type.Object({
    id: Type.String(),
    channel: Type.String({ description: 'email or webhook' }),
    target: Type.String({ description: 'the e-mail address, or the webhook id' }),
    event: Type.String(),
    subject: Type.String(),
    status: StringEnum(['pending', 'sent', 'failed'] as const),
    attempts: Type.Integer(),
    nextAttemptAt: Type.String(),
    lastError: Nullable(Type.String()),
    createdAt: Type.String(),
    sentAt: Nullable(Type.String()),
  }),
);
const WebhookSchema = Type.Object({
  id: Type.String(),
  url: Type.String(),
  events: Type.Array(Type.String()),
  active: Type.Boolean(),
  createdAt: Type.String(),
  delivery: Type.Optional(
    Type.Object(
      {
        sent: Type.Integer(),
        pending: Type.Integer(),
        failed: Type.Integer(),
        lastSentAt: Nullable(Type.String()),
        lastError: Nullable(Type.String({ description: 'the error of a delivery not yet made' })),
      },
      { description: 'how deliveries to it went' },
    ),
  ),
});

export function notificationRoutes(app: App, deps: AppDeps): void {
  app.get(
    '/api/register/authorities/:id/people',
    {
      config: { policy: 'oncall.read' },
      schema: {
        tags: ['notifications'],
        summary: 'The people of an authority (active accounts), for choosing who is on call',
        params: IdParams,
        response: {
          200: Type.Array(
            Describing<AuthorityPerson>(
              Type.Object({
                id: Type.String(),
                username: Type.String(),
                displayName: Type.String(),
                roles: Type.Array(Type.String()),
              }),
            ),
          ),
          ...errorResponses(404),
        },
      },
    },
    async (request) => authorityPeople(deps.database, request.params.id),
  );
  app.get(
    '/api/register/authorities/:id/oncall',
    {
      config: { policy: 'oncall.read' },
      schema: {
        tags: ['notifications'],
        summary: "An authority's on-call roster and who is on call now (or at ?at=), in escalation order",
        params: IdParams,
        querystring: Type.Object({ at: Type.Optional(Instant) }, { additionalProperties: false }),
        response: { 200: RosterSchema, ...errorResponses(404) },
      },
    },
    async (request) => {
      const at = request.query.at;
      return readRoster(deps.database, request.params.id, at ? new Date(at) : deps.clock.now());
    },
  );
  app.put(
    '/api/register/authorities/:id/oncall',
    {
      config: { policy: 'oncall.manage' },
      schema: {
        tags: ['notifications'],
        summary: 'Replace the upcoming roster (past shifts are kept as the record of who was on duty)',
        params: IdParams,
        body: Strict({ shifts: Type.Array(ShiftInput, { maxItems: 2000 }) }),
        response: { 200: RosterSchema, ...errorResponses(404) },
      },
    },
    async (request) =>
      replaceRoster(
        deps.database,
        contextOf(request, deps),
        callerOf(request).principal,
        request.params.id,
        request.body.shifts,
      ),
  );
  app.get(
    '/api/webhooks',
    {
      config: { policy: 'webhooks.manage' },
      schema: {
        tags: ['notifications'],
        summary: 'Webhook subscriptions',
        response: { 200: Type.Array(WebhookSchema), ...errorResponses() },
      },
    },
    async () => listWebhooks(deps.database),
  );
  app.post(
    '/api/webhooks',
    {
      config: { policy: 'webhooks.manage' },
      schema: {
        tags: ['notifications'],
        summary: 'Subscribe a URL to events; the HMAC secret is returned once (Comity-Signature: t=…,v1=…)',
        body: Strict({
          url: Type.String({ format: 'uri', pattern: '^https?://', maxLength: 500 }),
          events: Type.Array(Type.String({ pattern: '^(\\*|[a-z_]+(\\.[a-z_]+)*)$', maxLength: 100 }), {
            minItems: 1,
            maxItems: 50,
            uniqueItems: true,
          }),
        }),
        response: {
          201: Type.Object({ webhook: WebhookSchema, secret: Type.String() }),
          ...errorResponses(),
        },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await createWebhook(deps.database, contextOf(request, deps), request.body)),
  );
  app.delete(
    '/api/webhooks/:id',
    {
      config: { policy: 'webhooks.manage' },
      schema: {
        tags: ['notifications'],
        summary: 'Stop a subscription',
        params: IdParams,
        response: { 204: NoContent, ...errorResponses(404) },
      },
    },
    async (request, reply) => {
      await deactivateWebhook(deps.database, contextOf(request, deps), request.params.id);
      return reply.status(204).send(null);
    },
  );
  app.get(
    '/api/notifications',
    {
      config: { policy: 'notifications.read' },
      schema: {
        tags: ['notifications'],
        summary: 'Recent e-mail and webhook notifications with their delivery state',
        querystring: Type.Object(
          { status: Type.Optional(StringEnum(['pending', 'sent', 'failed'] as const)) },
          { additionalProperties: false },
        ),
        response: { 200: Type.Array(NotificationSchema), ...errorResponses() },
      },
    },
    async (request) => listNotifications(deps.database, request.query.status),
  );
  app.get(
    '/api/notifications/mine',
    {
      config: { policy: 'self.manage' },
      schema: {
        tags: ['notifications'],
        summary: 'The alerts sent to you (by e-mail to the address on your account), newest first',
        response: { 200: Type.Array(NotificationSchema), ...errorResponses() },
      },
    },
    async (request) => listMyNotifications(deps.database, callerOf(request).principal.userId),
  );
  app.post(
    '/api/notifications/test-email',
    {
      config: { policy: 'webhooks.manage' },
      schema: {
        tags: ['notifications'],
        summary: 'Queue a test e-mail to check the mail relay',
        body: Strict({ to: Type.String({ format: 'email', maxLength: 254 }) }),
        response: { 202: Type.Object({ id: Type.String() }), ...errorResponses() },
      },
    },
    async (request, reply) =>
      reply.status(202).send({
        id: await sendTestEmail(deps.database, contextOf(request, deps), request.body.to),
      }),
  );
}
