/**
 * The higher rungs of the evidence ladder (`delivered`, `opened`, `answered`) travel back to
 * the sender as ordinary messages of type `federation.receipt` through the outbox, so they are
 * as durable as any other message. The `accepted` rung comes back in the batch response.
 */
import type { Clock } from '../../core/clock.js';
import { NotFoundError, ValidationError } from '../../core/errors.js';
import type { Tx } from '../../storage/database.js';
import type { Enqueued, OutboxSender } from '../outbox/enqueue.js';
import { enqueueMessage } from '../outbox/enqueue.js';
import { storeReceipt } from '../outbox/receipts-store.js';
import { Type } from 'typebox';
import { type MessageBinding, messageType, on } from '../messages/message-type.js';
import { peerKeyAt } from '../peers/peers-store.js';
import { type ReceiptType, buildReceipt, verifyReceipt } from '../receipts/receipt.js';

export const RECEIPT_MESSAGE = messageType({
  type: 'federation.receipt',
  summary:
    'A higher rung of the evidence ladder (`delivered`, `opened`, `answered`), signed by the node that received a message and sent back to its sender (§4, §5.4).',
  schema: Type.Object({
    receipt: Type.String({ minLength: 1, maxLength: 8192, description: 'the compact JWS receipt (§4)' }),
  }),
  example: {
    receipt:
      'eyJhbGciOiJFZERTQSIsImtpZCI6InhiI3NpZy0xIiwidHlwIjoiY29taXR5LXJlY2VpcHQranNvbiJ9.eyJ0eXBlIjoib3BlbmVkIn0.c2lnbmF0dXJl',
  },
});

/** What a receipt is about: the received envelope's digest and its sender. */
export interface ReceiptSubject {
  readonly digest: string;
  readonly from: string;
}

/**
 * Signs a receipt about a message this node received and queues it back to its sender, in
 * the caller's transaction (e.g. the one recording that a person opened the message).
 */
export async function sendReceipt(
  tx: Tx,
  sender: OutboxSender & { readonly clock: Clock },
  input: {
    messageId: string;
    receiptType: Exclude<ReceiptType, 'accepted'>;
    /** The message's facts, when it is being accepted in this very transaction (not stored yet). */
    about?: ReceiptSubject;
  },
): Promise<Enqueued> {
  const message =
    input.about === undefined
      ? await tx.db
          .selectFrom('inbox_messages')
          .select(['from_node', 'digest'])
          .where('message_id', '=', input.messageId)
          .executeTakeFirst()
      : { from_node: input.about.from, digest: input.about.digest };
  if (!message) throw new NotFoundError('inbox_message', input.messageId);
  const { compact, receipt } = await buildReceipt({
    signer: sender.keyring.signer(),
    receiptType: input.receiptType,
    messageId: input.messageId,
    envelopeDigest: message.digest,
    from: sender.nodeId,
    to: message.from_node,
    clock: sender.clock,
  });
  await storeReceipt(tx, {
    direction: 'sent',
    peer: message.from_node,
    receipt,
    compact,
    now: sender.clock.now(),
  });
  return enqueueMessage(tx, sender, {
    peer: message.from_node,
    type: RECEIPT_MESSAGE.type,
    payload: { receipt: compact },
  });
}

/** Inbox handler: verifies a returned receipt against the message we sent, and stores it. */
export function receiptHandler(nodeId: string): MessageBinding {
  return on(RECEIPT_MESSAGE, async ({ tx, payload, peer, ctx }) => {
    const compact = payload.receipt;
    const verified = await verifyReceipt(compact, {
      resolveKey: (node, kid, at) => (node === peer.nodeId ? peerKeyAt(peer, kid, at) : undefined),
      expect: { from: peer.nodeId, to: nodeId },
    });
    if (!verified.ok) throw new ValidationError(`receipt refused: ${verified.reason}: ${verified.detail}`);
    const sent = await tx.db
      .selectFrom('outbox')
      .select(['digest', 'peer'])
      .where('message_id', '=', verified.receipt.messageId)
      .executeTakeFirst();
    if (!sent || sent.peer !== peer.nodeId || sent.digest !== verified.receipt.envelopeDigest)
      throw new ValidationError('the receipt is not about a message this node sent to that peer');
    const stored = await storeReceipt(tx, {
      direction: 'received',
      peer: peer.nodeId,
      receipt: verified.receipt,
      compact,
      now: ctx.clock.now(),
    });
    return stored
      ? [
          {
            actor: { type: 'peer', id: peer.nodeId },
            action: `federation.receipt.${verified.receipt.receiptType}`,
            subjectType: 'message',
            subjectId: verified.receipt.messageId,
            details: { at: verified.receipt.at, digest: verified.receipt.envelopeDigest },
          },
        ]
      : [];
  });
}
