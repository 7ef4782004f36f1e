/**
 * The sending node hears how its file fared: verified (the receiver's hash matched and the file
 * is filed there, under the id it names) or rejected (nothing kept there, with the reason). Both
 * close the transfer and join the sender's chain of custody. Only the peer the file was sent to
 * may answer for it.
 */
import { ForbiddenError } from '../../../core/errors.js';
import { type MessageBinding, on } from '../../../federation/messages/message-type.js';
import type { Tx } from '../../../storage/database.js';
import type { TransferDeps } from './deps.js';
import { EVIDENCE_REJECTED, EVIDENCE_VERIFIED } from './messages.js';

async function ownTransfer(tx: Tx, transferId: string, from: string) {
  const row = await tx.db
    .selectFrom('evidence_transfers_out')
    .innerJoin('evidence', 'evidence.id', 'evidence_transfers_out.evidence_id')
    .select([
      'evidence_transfers_out.id',
      'evidence_transfers_out.peer',
      'evidence_transfers_out.status',
      'evidence_transfers_out.sha256',
      'evidence_transfers_out.size',
      'evidence_transfers_out.request_id',
      'evidence_transfers_out.evidence_id',
      'evidence.case_id',
    ])
    .where('evidence_transfers_out.id', '=', transferId)
    .executeTakeFirst();
  if (row?.peer !== from)
    throw new ForbiddenError('not_your_transfer', `no transfer ${transferId} was sent to ${from}`);
  return row;
}

export function verifiedHandler(deps: TransferDeps): MessageBinding {
  return on(EVIDENCE_VERIFIED, async ({ tx, payload: p, peer }) => {
    const from = peer.nodeId;
    const row = await ownTransfer(tx, p.transferId, from);
    if (row.status === 'verified' || row.status === 'rejected') return [];
    const agrees = p.sha256 === row.sha256;
    await tx.db
      .updateTable('evidence_transfers_out')
      .set({
        status: agrees ? 'verified' : 'rejected',
        remote_evidence_id: p.evidenceId,
        reason: agrees ? null : `the peer verified SHA-256 ${p.sha256}, not ${row.sha256}`,
        updated_at: deps.clock.now().toISOString(),
      })
      .where('id', '=', row.id)
      .execute();
    return [
      {
        actor: { type: 'peer', id: from },
        action: agrees ? 'evidence.delivery_verified' : 'evidence.delivery_rejected',
        subjectType: 'case',
        subjectId: row.case_id,
        details: {
          transferId: row.id,
          evidenceId: row.evidence_id,
          requestId: row.request_id,
          to: from,
          remoteEvidenceId: p.evidenceId,
          size: Number(row.size),
          sha256: row.sha256,
          verified: agrees,
        },
      },
    ];
  });
}

export function rejectedHandler(deps: TransferDeps): MessageBinding {
  return on(EVIDENCE_REJECTED, async ({ tx, payload: p, peer }) => {
    const from = peer.nodeId;
    const row = await ownTransfer(tx, p.transferId, from);
    if (row.status === 'verified' || row.status === 'rejected') return [];
    const reason = `${p.reason}: ${p.detail}`.slice(0, 500);
    await tx.db
      .updateTable('evidence_transfers_out')
      .set({ status: 'rejected', reason, updated_at: deps.clock.now().toISOString() })
      .where('id', '=', row.id)
      .execute();
    return [
      {
        actor: { type: 'peer', id: from },
        action: 'evidence.delivery_rejected',
        subjectType: 'case',
        subjectId: row.case_id,
        details: {
          transferId: row.id,
          evidenceId: row.evidence_id,
          requestId: row.request_id,
          to: from,
          sha256: row.sha256,
          verified: false,
          reason: p.reason,
          detail: p.detail,
        },
      },
    ];
  });
}
