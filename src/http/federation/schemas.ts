/** Response schemas of the federation: this node, its peers and keys, delivery status, the inbox. */
import { Type } from 'typebox';
import type { KeyRecord } from '../../federation/crypto/key-record.js';
import type { HostedAuthority } from '../../federation/peers/peer-card.js';
import type { Peer } from '../../federation/peers/peers-store.js';
import type { DeliveryAlert } from '../../federation/outbox/alerts.js';
import type { PeerHealth } from '../../federation/outbox/peer-health.js';
import type { PeerTraffic } from '../../federation/outbox/peer-traffic.js';
import type { OutgoingStatus } from '../../federation/outbox/status.js';
import type { BatchResponse } from '../../federation/transport/batch.js';
import { Describing, Instant, Nullable, StringEnum } from '../schemas.js';

export const KeyRecordSchema = Describing<KeyRecord>(
  Type.Object({
    kid: Type.String(),
    use: StringEnum(['sig', 'enc'] as const),
    jwk: Type.Object(
      { kty: Type.Literal('OKP'), crv: Type.String(), x: Type.String() },
      { additionalProperties: true, description: 'the public key as a JWK (RFC 8037)' },
    ),
    authority: Type.Optional(Type.String({ description: 'the hosted authority it belongs to' })),
    notBefore: Instant,
    notAfter: Type.Optional(Instant),
    status: StringEnum(['active', 'retired', 'revoked'] as const),
  }),
);

export const CardSchema = Type.Object({
  card: Type.String({ description: 'the compact signed peer card (docs/FEDERATION.md §6.1)' }),
  fingerprint: Type.String({ description: 'what the other administrator confirms out of band' }),
  announcements: Type.Optional(
    Type.Array(Type.String(), {
      description:
        'key-rotation announcements introducing the current keys (§6.3), for directories and peers',
    }),
  ),
});

/** This node as the administrator sees it. */
export interface NodeView {
  readonly nodeId: string;
  readonly url: string;
  readonly state: string;
  readonly fingerprint: string;
  readonly card: string;
  readonly keys: readonly KeyRecord[];
}

export const NodeSchema = Describing<NodeView>(
  Type.Object({
    nodeId: Type.String(),
    url: Type.String(),
    state: Type.String(),
    fingerprint: Type.String(),
    card: Type.String(),
    keys: Type.Array(KeyRecordSchema),
  }),
);

export const RotatedSchema = Describing<{
  readonly keys: readonly KeyRecord[];
  readonly fingerprint: string;
}>(Type.Object({ keys: Type.Array(KeyRecordSchema), fingerprint: Type.String() }));

/** A trusted peer as the API shows it: its card's facts, its keys and how delivery to it goes. */
export interface PeerView {
  readonly nodeId: string;
  readonly url: string;
  readonly state: string;
  readonly fingerprint: string;
  readonly status: 'active' | 'revoked';
  readonly authorities: readonly HostedAuthority[];
  readonly keys: readonly KeyRecord[];
  /** The directory the peer was trusted through; null when its fingerprint was confirmed by hand. */
  readonly trustedVia: string | null;
  readonly delivery: {
    readonly failures: number;
    readonly nextAttemptAt: string | null;
    readonly lastError: string | null;
  } & PeerHealth;
  readonly addedAt: string;
  readonly updatedAt: string;
}

export function presentPeer(p: Peer, health: PeerHealth): PeerView {
  return {
    nodeId: p.nodeId,
    url: p.url,
    state: p.state,
    fingerprint: p.fingerprint,
    status: p.status,
    authorities: p.authorities,
    keys: p.keys,
    trustedVia: p.trustedVia,
    delivery: { failures: p.failures, nextAttemptAt: p.nextAttemptAt, lastError: p.lastError, ...health },
    addedAt: p.addedAt,
    updatedAt: p.updatedAt,
  };
}

export const PeerSchema = Describing<PeerView>(
  Type.Object({
    nodeId: Type.String(),
    url: Type.String(),
    state: Type.String(),
    fingerprint: Type.String(),
    status: StringEnum(['active', 'revoked'] as const),
    authorities: Type.Array(Type.Object({ id: Type.String(), type: Type.String(), name: Type.String() })),
    keys: Type.Array(KeyRecordSchema),
    trustedVia: Nullable(
      Type.String({ description: 'the directory it was trusted through; null when confirmed by hand' }),
    ),
    delivery: Type.Object({
      failures: Type.Integer({ description: 'failed delivery attempts in a row' }),
      nextAttemptAt: Nullable(Instant),
      lastError: Nullable(Type.String()),
      backlog: Type.Integer({ description: 'messages waiting for delivery' }),
      oldestUndeliveredAt: Nullable(Instant),
      lastDeliveredAt: Nullable(Instant),
      breaker: StringEnum(['closed', 'open', 'half_open'] as const, {
        description: 'closed: delivering; open: waiting before the next try; half_open: one probe at a time',
      }),
    }),
    addedAt: Instant,
    updatedAt: Instant,
  }),
);

const ReceiptSchema = Type.Object({
  messageId: Type.String(),
  direction: StringEnum(['sent', 'received'] as const),
  receiptType: Type.String({ description: 'accepted, delivered, opened or answered' }),
  peer: Type.String(),
  envelopeDigest: Type.String(),
  signedAt: Instant,
  compact: Type.String({ description: 'the signed receipt (JWS)' }),
  storedAt: Instant,
});

export const DeliveryAlertSchema = Describing<DeliveryAlert>(
  Type.Object({
    id: Type.String(),
    messageId: Type.String(),
    peer: Type.String(),
    reason: Type.String(),
    detail: Type.String(),
    raisedAt: Instant,
    resolvedAt: Nullable(Instant),
  }),
);

const OutgoingFields = {
  messageId: Type.String(),
  peer: Type.String(),
  type: Type.String(),
  digest: Type.String(),
  status: StringEnum(['pending', 'accepted', 'rejected'] as const),
  attempts: Type.Integer(),
  lastAttemptAt: Nullable(Instant),
  lastError: Nullable(Type.String()),
  createdAt: Instant,
  expiresAt: Instant,
  acceptedAt: Nullable(Instant),
};

/** A line of the outgoing list. */
export const OutgoingSchema = Type.Object({
  messageId: Type.String(),
  peer: Type.String(),
  type: Type.String(),
  status: StringEnum(['pending', 'accepted', 'rejected'] as const),
  attempts: Type.Integer(),
  createdAt: Instant,
  acceptedAt: Nullable(Instant),
  lastError: Nullable(Type.String()),
});

export const OutgoingStatusSchema = Describing<OutgoingStatus>(
  Type.Object({
    ...OutgoingFields,
    receipts: Type.Array(ReceiptSchema),
    alerts: Type.Array(DeliveryAlertSchema),
  }),
);

export const BatchResponseSchema = Describing<BatchResponse>(
  Type.Object({
    batchId: Type.String(),
    results: Type.Array(
      Type.Object({
        status: StringEnum(['accepted', 'rejected'] as const),
        messageId: Type.Optional(Type.String()),
        digest: Type.Optional(Type.String()),
        duplicate: Type.Optional(Type.Boolean()),
        receipt: Type.Optional(Type.String({ description: 'the signed accepted receipt' })),
        reason: Type.Optional(Type.String()),
        detail: Type.Optional(Type.String()),
      }),
    ),
  }),
);

const Day = Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$' });
export const PeerTrafficSchema = Describing<PeerTraffic>(
  Type.Object({
    peer: Type.String(),
    from: Day,
    to: Day,
    days: Type.Array(
      Type.Object({
        day: Day,
        sent: Type.Integer({ minimum: 0, description: 'messages queued for the peer that day' }),
        delivered: Type.Integer({ minimum: 0, description: 'of those, accepted by the peer' }),
        rejected: Type.Integer({ minimum: 0, description: 'of those, refused by the peer for good' }),
        waiting: Type.Integer({ minimum: 0, description: 'of those, still waiting for delivery' }),
        received: Type.Integer({ minimum: 0, description: 'messages from the peer received that day' }),
        deliveryTimes: Nullable(
          Type.Object(
            { median: Type.Number(), p95: Type.Number(), max: Type.Number() },
            { description: 'seconds from queued to accepted, for the delivered ones' },
          ),
        ),
      }),
    ),
  }),
);
