/**
 * The transactional outbox: an outgoing message is sealed and inserted in the caller's
 * transaction, so it commits (or rolls back) together with the domain change and its audit
 * event. Retries resend the stored envelope byte for byte; it is never resealed.
 */
import type { AuditEntry } from '../../core/audit/chain.js';
import type { Clock } from '../../core/clock.js';
import { NotFoundError, ValidationError } from '../../core/errors.js';
import type { Tx } from '../../storage/database.js';
import { sealEnvelope } from '../envelope/seal.js';
import type { Signer } from '../crypto/signer.js';
import type { Keyring } from '../node-identity/keys-store.js';
import { findPeer, peerEncryptionKey } from '../peers/peers-store.js';

/** What the outbox needs from the sending node. */
export interface OutboxSender {
  readonly nodeId: string;
  readonly keyring: Keyring;
  readonly clock: Clock;
  /** Called after the transaction commits, to start delivery at once. */
  readonly wake?: () => void;
}

export interface EnqueueInput {
  /** Node id of the trusted peer. */
  readonly peer: string;
  /** Dotted lower-case message type, e.g. `request.preservation`. */
  readonly type: string;
  readonly payload: unknown;
  /** Sending authority hosted on this node (signs with its key); absent = the node. */
  readonly fromAuthority?: string;
  /** Addressed authority on the peer; absent = the peer node. */
  readonly toAuthority?: string;
  readonly id?: string;
  readonly ttlMs?: number;
  /** Sign with this key instead of the current one (key-rotation announcements). */
  readonly signer?: Signer;
}

export interface Enqueued {
  readonly messageId: string;
  readonly digest: string;
  /** When it was sealed and queued (the node's clock). */
  readonly createdAt: string;
  readonly seq: number;
  /** The audit entry describing the enqueue, for the caller's command to return. */
  readonly audit: AuditEntry;
}

/** Seals `input` for its peer and inserts it in `tx`'s outbox. */
export async function enqueueMessage(tx: Tx, sender: OutboxSender, input: EnqueueInput): Promise<Enqueued> {
  const peer = await findPeer(tx.db, input.peer);
  if (!peer) throw new NotFoundError('peer', input.peer);
  const now = sender.clock.now();
  const recipientKey = peerEncryptionKey(peer, now, input.toAuthority);
  if (!recipientKey) throw new ValidationError(`peer ${peer.nodeId} publishes no current encryption key`);
  if (input.toAuthority !== undefined && !peer.authorities.some((a) => a.id === input.toAuthority))
    throw new ValidationError(`peer ${peer.nodeId} hosts no authority ${input.toAuthority}`);
  const sealed = await sealEnvelope({
    signer: input.signer ?? sender.keyring.signer(input.fromAuthority),
    from:
      input.fromAuthority === undefined
        ? { node: sender.nodeId }
        : { node: sender.nodeId, authority: input.fromAuthority },
    to:
      input.toAuthority === undefined
        ? { node: peer.nodeId }
        : { node: peer.nodeId, authority: input.toAuthority },
    recipientKey,
    type: input.type,
    payload: input.payload,
    clock: sender.clock,
    ...(input.id === undefined ? {} : { id: input.id }),
    ...(input.ttlMs === undefined ? {} : { ttlMs: input.ttlMs }),
  });
  const row = await tx.db
    .insertInto('outbox')
    .values({
      message_id: sealed.id,
      peer: peer.nodeId,
      type: input.type,
      envelope: sealed.compact,
      digest: sealed.digest,
      bytes: sealed.compact.length,
      status: 'pending',
      attempts: 0,
      last_attempt_at: null,
      last_error: null,
      created_at: now.toISOString(),
      expires_at: sealed.expiresAt.toISOString(),
      accepted_at: null,
      alerted_at: null,
    })
    .returning('seq')
    .executeTakeFirstOrThrow();
  if (sender.wake) tx.onCommit(sender.wake);
  return {
    messageId: sealed.id,
    digest: sealed.digest,
    createdAt: now.toISOString(),
    seq: Number(row.seq),
    audit: {
      actor: { type: 'system', id: 'node' },
      action: 'federation.outbox.enqueue',
      subjectType: 'message',
      subjectId: sealed.id,
      details: { peer: peer.nodeId, type: input.type, digest: sealed.digest },
    },
  };
}
