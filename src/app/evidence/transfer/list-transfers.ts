/**
 * The transfers of a request as either side sees them: what this node sends (chunks queued and
 * acknowledged by the peer's receipts, then the peer's verdict) and what it receives (chunks
 * received, then its own verdict and the evidence id the file was filed under).
 */
import type { Principal } from '../../../core/accounts/roles.js';
import type { Database } from '../../../storage/database.js';
import { loadForPrincipal } from '../../requests/requests.js';

export interface TransferView {
  id: string;
  direction: 'outgoing' | 'incoming';
  requestId: string;
  peer: string;
  /** This node's evidence id (for incoming files: set once verified). */
  evidenceId: string | null;
  /** The other node's evidence id for the same file. */
  remoteEvidenceId: string | null;
  filename: string;
  size: number;
  sha256: string;
  chunkCount: number;
  chunksQueued: number | null;
  chunksAcknowledged: number | null;
  chunksReceived: number | null;
  status: string;
  verified: boolean;
  reason: string | null;
  createdAt: string;
  updatedAt: string;
}

export async function listTransfers(
  database: Database,
  principal: Principal,
  requestId: string,
): Promise<TransferView[]> {
  await loadForPrincipal(database, principal, requestId);
  const outgoing = await database.db
    .selectFrom('evidence_transfers_out as t')
    .innerJoin('evidence as e', 'e.id', 't.evidence_id')
    .selectAll('t')
    .select('e.filename')
    .where('t.request_id', '=', requestId)
    .orderBy('t.created_at')
    .execute();
  const incoming = await database.db
    .selectFrom('evidence_transfers_in')
    .selectAll()
    .where('request_id', '=', requestId)
    .orderBy('created_at')
    .execute();
  return [
    ...outgoing.map(
      (t): TransferView => ({
        id: t.id,
        direction: 'outgoing',
        requestId: t.request_id,
        peer: t.peer,
        evidenceId: t.evidence_id,
        remoteEvidenceId: t.remote_evidence_id,
        filename: t.filename,
        size: Number(t.size),
        sha256: t.sha256,
        chunkCount: t.chunk_count,
        chunksQueued: t.chunks_queued,
        chunksAcknowledged: t.chunks_acknowledged,
        chunksReceived: null,
        status: t.status,
        verified: t.status === 'verified',
        reason: t.reason,
        createdAt: t.created_at,
        updatedAt: t.updated_at,
      }),
    ),
    ...incoming.map(
      (t): TransferView => ({
        id: t.id,
        direction: 'incoming',
        requestId: t.request_id,
        peer: t.from_node,
        evidenceId: t.status === 'verified' ? t.evidence_id : null,
        remoteEvidenceId: t.remote_evidence_id,
        filename: t.filename,
        size: Number(t.size),
        sha256: t.sha256,
        chunkCount: t.chunk_count,
        chunksQueued: null,
        chunksAcknowledged: null,
        chunksReceived: t.chunks_received,
        status: t.status,
        verified: t.status === 'verified',
        reason: t.reason,
        createdAt: t.created_at,
        updatedAt: t.updated_at,
      }),
    ),
  ];
}
