/**
 * Federation administration and follow-up: this node's card and fingerprint, trusted peers
 * (added only with an out-of-band-confirmed fingerprint), key rotation, and per-message
 * delivery status with signed receipts and alerts for the 24/7 officer.
 */
import { Type } from 'typebox';
import { NotFoundError } from '../../core/errors.js';
import { listAlerts } from '../../federation/outbox/alerts.js';
import { listOutgoing, outgoingStatus } from '../../federation/outbox/status.js';
import { peerHealth } from '../../federation/outbox/peer-health.js';
import { peerTraffic } from '../../federation/outbox/peer-traffic.js';
import {
  type Peer,
  addPeer,
  findPeer,
  listPeers,
  revokePeer,
  updatePeerCard,
} from '../../federation/peers/peers-store.js';
import { runCommand } from '../../storage/command.js';
import { contextOf } from '../context.js';
import type { AppDeps } from '../../app/deps.js';
import { type App, errorResponses, Strict } from '../schemas.js';
import {
  DeliveryAlertSchema,
  NodeSchema,
  OutgoingSchema,
  OutgoingStatusSchema,
  PeerSchema,
  PeerTrafficSchema,
  presentPeer,
  RotatedSchema,
} from './schemas.js';
import { directoryRoutes } from './directory-routes.js';
import { federationWireRoutes, requireFederation } from './wire-routes.js';

const NodeIdParams = Type.Object(
  { nodeId: Type.String({ minLength: 1, maxLength: 128, pattern: '^[A-Za-z0-9._:-]+$' }) },
  { additionalProperties: false },
);
const MessageParams = Type.Object(
  { messageId: Type.String({ pattern: '^[0-9a-f-]{36}$' }) },
  { additionalProperties: false },
);
const Card = Type.String({ minLength: 10, maxLength: 65_536 });

/** Registers the admin API and the node-to-node routes. */
export function federationRoutes(app: App, deps: AppDeps): void {
  federationWireRoutes(app, deps);
  directoryRoutes(app, deps);
  const presented = async (peer: Peer) =>
    presentPeer(peer, await peerHealth(deps.database, peer, deps.clock.now()));

  app.get(
    '/api/federation/node',
    {
      config: { policy: 'federation.read' },
      schema: {
        tags: ['federation'],
        summary: "This node's id, URL, keys and card fingerprint",
        response: { 200: NodeSchema, ...errorResponses(503) },
      },
    },
    async () => {
      const federation = requireFederation(deps);
      const card = await federation.card();
      return {
        nodeId: federation.nodeId,
        url: federation.identity.url,
        state: federation.identity.state,
        fingerprint: card.fingerprint,
        card: card.compact,
        keys: federation.keyring.records,
      };
    },
  );

  app.post(
    '/api/federation/keys/rotate',
    {
      config: { policy: 'federation.manage' },
      schema: {
        tags: ['federation'],
        summary: 'Rotate the node signing and encryption keys (old keys stay verifiable)',
        body: Strict({ authority: Type.Optional(Type.String({ minLength: 1, maxLength: 64 })) }),
        response: {
          200: RotatedSchema,
          ...errorResponses(503),
        },
      },
    },
    async (request) => {
      const federation = requireFederation(deps);
      const body = request.body;
      const keyring = await federation.rotateKeys(contextOf(request, deps), body.authority);
      return { keys: keyring.records, fingerprint: (await federation.card()).fingerprint };
    },
  );

  app.get(
    '/api/federation/peers',
    {
      config: { policy: 'federation.read' },
      schema: {
        tags: ['federation'],
        summary: 'Trusted peers',
        response: { 200: Type.Object({ peers: Type.Array(PeerSchema) }), ...errorResponses() },
      },
    },
    async () => ({
      peers: await Promise.all((await listPeers(deps.database)).map((peer) => presented(peer))),
    }),
  );

  app.post(
    '/api/federation/peers',
    {
      config: { policy: 'federation.manage' },
      schema: {
        tags: ['federation'],
        summary: 'Trust a peer from its signed card and the fingerprint confirmed out of band',
        body: Strict({ card: Card, fingerprint: Type.String({ minLength: 16, maxLength: 200 }) }),
        response: { 201: PeerSchema, ...errorResponses(409) },
      },
    },
    async (request, reply) => {
      const body = request.body;
      const peer = await addPeer(deps.database, contextOf(request, deps), body);
      return reply.status(201).send(await presented(peer));
    },
  );

  app.put(
    '/api/federation/peers/:nodeId/card',
    {
      config: { policy: 'federation.manage' },
      schema: {
        tags: ['federation'],
        summary: "Replace a peer's card with a newer one signed by a key already trusted",
        params: NodeIdParams,
        body: Strict({ card: Card }),
        response: { 200: PeerSchema, ...errorResponses(404) },
      },
    },
    async (request) => {
      const { nodeId } = request.params;
      const peer = await updatePeerCard(deps.database, contextOf(request, deps), request.body.card);
      if (peer.nodeId !== nodeId) throw new NotFoundError('peer', nodeId);
      return presented(peer);
    },
  );

  app.post(
    '/api/federation/peers/:nodeId/revoke',
    {
      config: { policy: 'federation.manage' },
      schema: {
        tags: ['federation'],
        summary: 'Stop trusting a peer: its messages are held here and refused from it',
        params: NodeIdParams,
        response: { 200: PeerSchema, ...errorResponses(404) },
      },
    },
    async (request) => {
      const { nodeId } = request.params;
      return presented(await revokePeer(deps.database, contextOf(request, deps), nodeId));
    },
  );

  app.post(
    '/api/federation/peers/:nodeId/ping',
    {
      config: { policy: 'federation.manage' },
      schema: {
        tags: ['federation'],
        summary: 'Queue a signed, encrypted test message to a peer',
        params: NodeIdParams,
        body: Strict({ note: Type.Optional(Type.String({ maxLength: 1000 })) }),
        response: {
          202: Type.Object({ messageId: Type.String(), digest: Type.String() }),
          ...errorResponses(404, 503),
        },
      },
    },
    async (request, reply) => {
      const federation = requireFederation(deps);
      const { nodeId } = request.params;
      const note = request.body.note ?? 'ping';
      const queued = await runCommand(deps.database, contextOf(request, deps), async (tx) => {
        const enqueued = await federation.enqueue(tx, {
          peer: nodeId,
          type: 'federation.ping',
          payload: { note },
        });
        return { value: enqueued, audit: { ...enqueued.audit, actor: contextOf(request, deps).actor } };
      });
      return reply.status(202).send({ messageId: queued.messageId, digest: queued.digest });
    },
  );

  app.get(
    '/api/federation/messages',
    {
      config: { policy: 'federation.read' },
      schema: {
        tags: ['federation'],
        summary: 'Outgoing messages, newest first',
        querystring: Type.Object(
          {
            peer: Type.Optional(Type.String({ maxLength: 128 })),
            status: Type.Optional(
              Type.Union([Type.Literal('pending'), Type.Literal('accepted'), Type.Literal('rejected')]),
            ),
            limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 1000 })),
          },
          { additionalProperties: false },
        ),
        response: { 200: Type.Object({ messages: Type.Array(OutgoingSchema) }), ...errorResponses() },
      },
    },
    async (request) => ({ messages: await listOutgoing(deps.database, request.query) }),
  );

  app.get(
    '/api/federation/messages/:messageId',
    {
      config: { policy: 'federation.read' },
      schema: {
        tags: ['federation'],
        summary: 'Delivery status of one outgoing message, with its signed receipts and alerts',
        params: MessageParams,
        response: { 200: OutgoingStatusSchema, ...errorResponses(404) },
      },
    },
    async (request) => {
      const { messageId } = request.params;
      const status = await outgoingStatus(deps.database, messageId);
      if (!status) throw new NotFoundError('message', messageId);
      return status;
    },
  );

  app.get(
    '/api/federation/peers/:nodeId/traffic',
    {
      config: { policy: 'federation.read' },
      schema: {
        tags: ['federation'],
        summary: 'Messages exchanged with a peer per day, with delivery times, for the charts',
        params: NodeIdParams,
        querystring: Type.Object(
          { days: Type.Optional(Type.Integer({ minimum: 1, maximum: 366, description: 'default 30' })) },
          { additionalProperties: false },
        ),
        response: { 200: PeerTrafficSchema, ...errorResponses(404) },
      },
    },
    async (request) => {
      const { nodeId } = request.params;
      if (!(await findPeer(deps.database.db, nodeId))) throw new NotFoundError('peer', nodeId);
      return peerTraffic(deps.database, nodeId, deps.clock.now(), request.query.days ?? 30);
    },
  );

  app.get(
    '/api/federation/alerts',
    {
      config: { policy: 'federation.read' },
      schema: {
        tags: ['federation'],
        summary: 'Delivery alerts for the 24/7 officer (messages waiting too long or refused)',
        querystring: Type.Object({ open: Type.Optional(Type.Boolean()) }, { additionalProperties: false }),
        response: { 200: Type.Object({ alerts: Type.Array(DeliveryAlertSchema) }), ...errorResponses() },
      },
    },
    async (request) => ({ alerts: await listAlerts(deps.database, request.query) }),
  );
}
