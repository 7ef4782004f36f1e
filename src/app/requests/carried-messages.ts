/**
 * The federation messages that carry a request, remembered in both directions, and the higher
 * rungs of the evidence ladder about its arrival: `delivered` once it is in the 24/7 desk of the
 * requested node, `opened` when a person there first opens it, `answered` when that side first
 * acknowledges it. Each rung is signed by the requested node and goes back to the sender.
 */
import type { Static, TSchema } from 'typebox';
import type { AuditEntry } from '../../core/audit/chain.js';
import type { InboundMessage } from '../../federation/inbox/handlers.js';
import { type Courier, type MessageType, send } from '../../federation/messages/message-type.js';
import type { Enqueued } from '../../federation/outbox/enqueue.js';
import type { Tx } from '../../storage/database.js';
import { arrivalMessage, recordRequestMessage } from '../../storage/requests/request-messages.js';

/** Sends a message about a request and remembers that it carried that request. */
export async function sendAboutRequest<S extends TSchema>(
  tx: Tx,
  courier: Courier,
  type: MessageType<S>,
  peer: string,
  payload: Static<S> & { readonly requestId: string },
): Promise<Enqueued> {
  const sent = await send(tx, courier, type, peer, payload);
  await recordRequestMessage(tx, {
    message_id: sent.messageId,
    request_id: payload.requestId,
    direction: 'out',
    type: type.type,
    peer,
    at: sent.createdAt,
  });
  return sent;
}

/** Remembers that an accepted inbound message carried a request. */
export async function recordArrival(tx: Tx, message: InboundMessage, requestId: string): Promise<void> {
  await recordRequestMessage(tx, {
    message_id: message.header.id,
    request_id: requestId,
    direction: 'in',
    type: message.header.type,
    peer: message.header.from.node,
    at: message.header.createdAt.toISOString(),
  });
}

export type Rung = 'delivered' | 'opened' | 'answered';

/**
 * Signs `rung` about the message that brought the request here and queues it to its sender,
 * once: a rung already given is not given again. Returns the audit entries (none when there is
 * nothing to sign: a request made here, or a rung already given).
 */
export async function signRung(
  tx: Tx,
  courier: Courier,
  requestId: string,
  rung: Rung,
  arriving?: InboundMessage,
): Promise<AuditEntry[]> {
  const arrival = await arrivalMessage(tx.db, requestId);
  if (!arrival) return [];
  const given = await tx.db
    .selectFrom('receipts')
    .select('id')
    .where('message_id', '=', arrival.message_id)
    .where('direction', '=', 'sent')
    .where('receipt_type', '=', rung)
    .executeTakeFirst();
  if (given) return [];
  // A message being accepted in this transaction is not stored yet: its facts come with it.
  const about =
    arriving?.header.id === arrival.message_id ? { digest: arriving.digest, from: arrival.peer } : undefined;
  const sent = await courier.sendReceipt(tx, arrival.message_id, rung, about);
  return [
    sent.audit,
    {
      actor: { type: 'system', id: 'node' },
      action: `request.receipt_${rung}`,
      subjectType: 'request',
      subjectId: requestId,
      details: { messageId: arrival.message_id, to: arrival.peer },
    },
  ];
}
