/**
 * The receiver refuses an arriving file: nothing of it is kept (the partial file is removed once
 * the refusal commits), the refusal is audited, and the sender is told why so it can record the
 * failed delivery in its own chain of custody.
 */
import { rmSync } from 'node:fs';
import type { AuditEntry } from '../../../core/audit/chain.js';
import type { Tx } from '../../../storage/database.js';
import type { EvidenceTransfersInTable } from '../../../storage/schema.js';
import type { TransferDeps } from './deps.js';
import { incomingPath } from './incoming-file.js';
import { send } from '../../../federation/messages/message-type.js';
import { EVIDENCE_REJECTED } from './messages.js';

export async function rejectIncoming(
  tx: Tx,
  deps: TransferDeps,
  row: EvidenceTransfersInTable,
  reason: string,
  detail: string,
): Promise<AuditEntry[]> {
  await tx.db
    .updateTable('evidence_transfers_in')
    .set({
      status: 'rejected',
      reason: `${reason}: ${detail}`.slice(0, 500),
      updated_at: deps.clock.now().toISOString(),
    })
    .where('id', '=', row.id)
    .execute();
  const path = incomingPath(deps.store, row.evidence_id);
  tx.onCommit(() => rmSync(path, { force: true }));
  const sent = await send(tx, deps.courier, EVIDENCE_REJECTED, row.from_node, {
    transferId: row.id,
    reason,
    detail: detail.slice(0, 2000),
  });
  return [
    sent.audit,
    {
      actor: { type: 'system', id: 'node' },
      action: 'evidence.transfer_rejected',
      subjectType: 'case',
      subjectId: row.case_id,
      details: {
        transferId: row.id,
        from: row.from_node,
        requestId: row.request_id,
        remoteEvidenceId: row.remote_evidence_id,
        filename: row.filename,
        size: Number(row.size),
        sha256: row.sha256,
        verified: false,
        reason,
        detail,
      },
    },
  ];
}
