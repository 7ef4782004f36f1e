/**
 * The receiving side of multilateral alerts: an alert is stored once per sender and id (a
 * replay changes nothing) and a `delivered` receipt goes back in the same transaction; an
 * answer is recorded against the recipient that sent it, and only that recipient.
 */
import { ConflictError } from '../../core/errors.js';
import { type Courier, type MessageBinding, on } from '../../federation/messages/message-type.js';
import { ALERT_ANSWER, ALERT_NOTICE } from './messages.js';

export function alertNoticeHandler(courier: Courier): MessageBinding {
  return on(ALERT_NOTICE, async ({ tx, message, payload, peer }) => {
    const held = await tx.db
      .selectFrom('alerts_received')
      .select('id')
      .where('from_node', '=', peer.nodeId)
      .where('id', '=', payload.alertId)
      .executeTakeFirst();
    if (held) return [];
    await tx.db
      .insertInto('alerts_received')
      .values({
        from_node: peer.nodeId,
        id: payload.alertId,
        from_state: peer.state,
        kind: payload.kind,
        title: payload.title,
        body: payload.body,
        tlp: payload.tlp,
        recipients: JSON.stringify(payload.recipients),
        message_id: message.header.id,
        sent_at: payload.sentAt,
        received_at: message.header.createdAt.toISOString(),
        opened_at: null,
        opened_by: null,
        answer: null,
        answered_at: null,
        answered_by: null,
      })
      .execute();
    const receipt = await courier.sendReceipt(tx, message.header.id, 'delivered', {
      digest: message.digest,
      from: peer.nodeId,
    });
    return [
      {
        actor: { type: 'peer', id: peer.nodeId },
        action: 'alert.receive',
        subjectType: 'alert',
        subjectId: payload.alertId,
        details: {
          from: peer.nodeId,
          kind: payload.kind,
          tlp: payload.tlp,
          recipients: payload.recipients.length,
        },
      },
      receipt.audit,
    ];
  });
}

export function alertAnswerHandler(): MessageBinding {
  return on(ALERT_ANSWER, async ({ tx, message, payload, peer }) => {
    const recipient = await tx.db
      .selectFrom('alert_recipients')
      .select(['answered_at'])
      .where('alert_id', '=', payload.alertId)
      .where('peer', '=', peer.nodeId)
      .executeTakeFirst();
    if (!recipient)
      throw new ConflictError('not_originator', `${peer.nodeId} was not sent alert ${payload.alertId}`);
    await tx.db
      .updateTable('alert_recipients')
      .set({ answer: payload.text, answered_at: message.header.createdAt.toISOString() })
      .where('alert_id', '=', payload.alertId)
      .where('peer', '=', peer.nodeId)
      .execute();
    return [
      {
        actor: { type: 'peer', id: peer.nodeId },
        action: 'alert.answer_receive',
        subjectType: 'alert',
        subjectId: payload.alertId,
        details: { from: peer.nodeId, again: recipient.answered_at !== null },
      },
    ];
  });
}
