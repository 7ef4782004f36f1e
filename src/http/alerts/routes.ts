/**
 * Multilateral alerts over HTTP: sending one alert to many States, the alerts sent (with, per
 * recipient, the signed ladder of receipts and the answer) and received, opening and answering.
 */
import { Type } from 'typebox';
import {
  type ReceivedAlertView,
  type SentAlertView,
  answerAlert,
  listAlerts,
  openAlert,
  sentAlert,
} from '../../app/alerts/alerts.js';
import { ALERT_KINDS, ALERT_TLPS } from '../../app/alerts/messages.js';
import { sendAlert } from '../../app/alerts/send-alert.js';
import type { AppDeps } from '../../app/deps.js';
import { contextOf } from '../context.js';
import { type App, Describing, errorResponses, Instant, Nullable, Strict, StringEnum } from '../schemas.js';

const Uuid = Type.String({ pattern: '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$' });
const Rungs = Type.Object({
  accepted: Type.Optional(Instant),
  delivered: Type.Optional(Instant),
  opened: Type.Optional(Instant),
  answered: Type.Optional(Instant),
});
const SentSchema = Describing<SentAlertView>(
  Type.Object({
    id: Type.String(),
    kind: Type.String(),
    title: Type.String(),
    body: Type.String(),
    tlp: Type.String(),
    sentBy: Nullable(Type.String()),
    createdAt: Instant,
    recipients: Type.Array(
      Type.Object({
        state: Type.String(),
        peer: Type.String(),
        messageId: Type.String(),
        delivery: StringEnum(['pending', 'accepted', 'rejected'] as const),
        lastError: Nullable(Type.String()),
        receipts: Rungs,
        answer: Nullable(Type.String()),
        answeredAt: Nullable(Instant),
      }),
    ),
  }),
);
const ReceivedSchema = Describing<ReceivedAlertView>(
  Type.Object({
    fromNode: Type.String(),
    fromState: Type.String(),
    id: Type.String(),
    kind: Type.String(),
    title: Type.String(),
    body: Type.String(),
    tlp: Type.String(),
    recipients: Type.Array(Type.String()),
    sentAt: Instant,
    receivedAt: Instant,
    openedAt: Nullable(Instant),
    answer: Nullable(Type.String()),
    answeredAt: Nullable(Instant),
  }),
);
const ReceivedParams = Type.Object(
  { fromNode: Type.String({ minLength: 1, maxLength: 256 }), id: Uuid },
  { additionalProperties: false },
);

export function alertRoutes(app: App, deps: AppDeps): void {
  app.post(
    '/api/alerts',
    {
      config: { policy: 'alerts.send' },
      schema: {
        tags: ['alerts'],
        summary: 'Send one alert to many States: one envelope per recipient, one record',
        body: Strict({
          kind: StringEnum(ALERT_KINDS),
          title: Type.String({ minLength: 1, maxLength: 300 }),
          body: Type.String({ minLength: 1, maxLength: 20_000 }),
          tlp: StringEnum(ALERT_TLPS),
          states: Type.Array(Type.String({ pattern: '^[A-Za-z]{2}$' }), { minItems: 1, maxItems: 250 }),
        }),
        response: { 201: SentSchema, ...errorResponses(409, 503) },
      },
    },
    async (request, reply) => {
      const sent = await sendAlert(deps, contextOf(request, deps), request.body);
      return reply.status(201).send(await sentAlert(deps, sent.id));
    },
  );

  app.get(
    '/api/alerts',
    {
      config: { policy: 'alerts.read' },
      schema: {
        tags: ['alerts'],
        summary: 'Alerts sent (with who received, opened and answered each) and received, newest first',
        response: {
          200: Type.Object({
            sent: Type.Array(SentSchema),
            received: Type.Array(ReceivedSchema),
            reachable: Type.Array(Type.Object({ state: Type.String(), nodeId: Type.String() }), {
              description: 'States an alert can go to: those served by an active peer',
            }),
          }),
          ...errorResponses(),
        },
      },
    },
    async () => listAlerts(deps),
  );

  app.get(
    '/api/alerts/sent/:id',
    {
      config: { policy: 'alerts.read' },
      schema: {
        tags: ['alerts'],
        summary: 'One alert sent: per recipient, the delivery and the signed receipts, and the answer',
        params: Type.Object({ id: Uuid }, { additionalProperties: false }),
        response: { 200: SentSchema, ...errorResponses(404) },
      },
    },
    async (request) => sentAlert(deps, request.params.id),
  );

  app.post(
    '/api/alerts/received/:fromNode/:id/open',
    {
      config: { policy: 'alerts.read' },
      schema: {
        tags: ['alerts'],
        summary: "Mark a received alert opened: its sender gets a signed 'opened' receipt (once)",
        params: ReceivedParams,
        response: { 200: ReceivedSchema, ...errorResponses(404, 503) },
      },
    },
    async (request) => openAlert(deps, contextOf(request, deps), request.params.fromNode, request.params.id),
  );

  app.post(
    '/api/alerts/received/:fromNode/:id/answer',
    {
      config: { policy: 'alerts.send' },
      schema: {
        tags: ['alerts'],
        summary: "Answer a received alert to its sender, with a signed 'answered' receipt",
        params: ReceivedParams,
        body: Strict({ text: Type.String({ minLength: 1, maxLength: 20_000 }) }),
        response: { 200: ReceivedSchema, ...errorResponses(404, 409, 503) },
      },
    },
    async (request) =>
      answerAlert(
        deps,
        contextOf(request, deps),
        request.params.fromNode,
        request.params.id,
        request.body.text,
      ),
  );
}
