/**
 * Records a peer's answers to envelopes it received by another route than our HTTP batch (the
 * air-gap file): each `accepted` receipt is verified against the envelope we hold and the
 * peer's keys, then stored, and the message is marked accepted at the receipt's signed time.
 */
import type { CommandContext } from '../../core/context.js';
import { appendAudit } from '../../storage/audit/audit-log.js';
import type { Database } from '../../storage/database.js';
import { findPeer, peerKeyAt } from '../peers/peers-store.js';
import { verifyReceipt } from '../receipts/receipt.js';
import type { EnvelopeResult } from '../transport/batch.js';
import { storeReceipt } from './receipts-store.js';

export interface IngestOutcome {
  readonly accepted: number;
  readonly alreadyAccepted: number;
  readonly refused: Array<{ messageId?: string; reason: string }>;
}

/** Verifies and stores results from `peer`; refused or unverifiable ones leave messages pending. */
export async function ingestResults(
  database: Database,
  ctx: CommandContext,
  nodeId: string,
  peerId: string,
  results: readonly EnvelopeResult[],
): Promise<IngestOutcome> {
  const peer = await findPeer(database.db, peerId);
  if (!peer) throw new Error(`no peer ${peerId}`);
  const outcome = {
    accepted: 0,
    alreadyAccepted: 0,
    refused: [] as Array<{ messageId?: string; reason: string }>,
  };
  for (const r of results) {
    if (r.status !== 'accepted') {
      outcome.refused.push({
        ...(r.messageId ? { messageId: r.messageId } : {}),
        reason: `${r.reason}: ${r.detail}`,
      });
      continue;
    }
    const row = await database.db
      .selectFrom('outbox')
      .select(['message_id', 'digest', 'status'])
      .where('message_id', '=', r.messageId)
      .where('peer', '=', peerId)
      .executeTakeFirst();
    if (!row) {
      outcome.refused.push({ messageId: r.messageId, reason: 'not a message we sent to this peer' });
      continue;
    }
    const v = await verifyReceipt(r.receipt, {
      resolveKey: (node, kid, at) => (node === peer.nodeId ? peerKeyAt(peer, kid, at) : undefined),
      expect: {
        messageId: row.message_id,
        envelopeDigest: row.digest,
        from: peer.nodeId,
        to: nodeId,
        receiptType: 'accepted',
      },
    });
    if (!v.ok) {
      outcome.refused.push({ messageId: r.messageId, reason: `receipt ${v.reason}: ${v.detail}` });
      continue;
    }
    if (row.status === 'accepted') {
      outcome.alreadyAccepted++;
      continue;
    }
    await database.transact(async (tx) => {
      const now = ctx.clock.now();
      await storeReceipt(tx, {
        direction: 'received',
        peer: peer.nodeId,
        receipt: v.receipt,
        compact: r.receipt,
        now,
      });
      await tx.db
        .updateTable('outbox')
        .set({ status: 'accepted', accepted_at: v.receipt.at, last_error: null })
        .where('message_id', '=', row.message_id)
        .execute();
      await tx.db
        .updateTable('delivery_alerts')
        .set({ resolved_at: now.toISOString() })
        .where('message_id', '=', row.message_id)
        .where('resolved_at', 'is', null)
        .execute();
      await appendAudit(tx, ctx, [
        {
          actor: ctx.actor,
          action: 'federation.outbox.accepted',
          subjectType: 'message',
          subjectId: row.message_id,
          details: { peer: peer.nodeId, via: 'air-gap', at: v.receipt.at },
        },
      ]);
    });
    outcome.accepted++;
  }
  return outcome;
}
