/**
 * Records a peer's answers to envelopes it received by another route than our HTTP batch (the
 * air-gap file). The receipts go through the same acceptance as online delivery
 * (`acceptReceipts`): verified against the envelope we hold and the peer's keys, stored, and the
 * messages marked accepted at the receipts' signed time, in one transaction.
 */
import type { CommandContext } from '../../core/context.js';
import { NotFoundError } from '../../core/errors.js';
import { appendAudit } from '../../storage/audit/audit-log.js';
import type { Database } from '../../storage/database.js';
import { findPeer } from '../peers/peers-store.js';
import type { EnvelopeResult } from '../transport/batch.js';
import {
  acceptReceipts,
  type ReceiptVerdict,
  type ReturnedReceipt,
  verifyAcceptedReceipts,
} from './accept-receipts.js';

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
  if (!peer) throw new NotFoundError('peer', peerId);
  const refused: Array<{ messageId?: string; reason: string }> = [];
  const returned: ReturnedReceipt[] = [];
  let alreadyAccepted = 0;
  const acceptedResults = results.flatMap((r) => (r.status === 'accepted' ? [r] : []));
  const sent = new Map<string, { digest: string; status: string }>();
  const ids = acceptedResults.map((r) => r.messageId);
  // The peer is compared here rather than in SQL: with `peer = ?` beside the ids, SQLite may walk
  // the (peer, status, seq) index over the peer's whole backlog instead of probing the ids.
  for (let i = 0; i < ids.length; i += 500)
    for (const row of await database.db
      .selectFrom('outbox')
      .select(['message_id', 'digest', 'status', 'peer'])
      .where('message_id', 'in', ids.slice(i, i + 500))
      .execute())
      if (row.peer === peerId) sent.set(row.message_id, row);
  for (const r of results) {
    if (r.status !== 'accepted') {
      refused.push({
        ...(r.messageId ? { messageId: r.messageId } : {}),
        reason: `${r.reason}: ${r.detail}`,
      });
      continue;
    }
    const row = sent.get(r.messageId);
    if (!row) refused.push({ messageId: r.messageId, reason: 'not a message we sent to this peer' });
    else returned.push({ messageId: r.messageId, digest: row.digest, compact: r.receipt });
  }
  const verified: Array<Extract<ReceiptVerdict, { ok: true }>> = [];
  for (const v of await verifyAcceptedReceipts(nodeId, peer, returned)) {
    if (!v.ok) refused.push({ messageId: v.messageId, reason: `receipt ${v.problem}` });
    else if (sent.get(v.messageId)?.status === 'accepted') alreadyAccepted++;
    else verified.push(v);
  }
  if (verified.length > 0)
    await database.transact(async (tx) => {
      const audit = await acceptReceipts(tx, {
        peer: peer.nodeId,
        verified,
        now: ctx.clock.now(),
        route: { via: 'air-gap' },
      });
      if (audit) await appendAudit(tx, ctx, [{ ...audit, actor: ctx.actor }]);
    });
  return { accepted: verified.length, alreadyAccepted, refused };
}
