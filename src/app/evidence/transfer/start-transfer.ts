/**
 * An officer of the requested State sends evidence filed on a request to the requesting State.
 * This command only records the transfers and queues each offer; the chunks follow from the
 * pump, a window at a time, so a file of any size never sits in one transaction or in memory.
 */
import { randomUUID } from 'node:crypto';
import type { AuditEntry } from '../../../core/audit/chain.js';
import type { Principal } from '../../../core/accounts/roles.js';
import type { CommandContext } from '../../../core/context.js';
import { ConflictError, ValidationError } from '../../../core/errors.js';
import type { RegimeRegistry } from '../../../core/legal/regimes/registry.js';
import { runCommand } from '../../../storage/command.js';
import type { Database } from '../../../storage/database.js';
import { CHUNK_SIZE, chunkCountOf } from '../../../storage/evidence/sealed-file.js';
import type { EvidenceTable, EvidenceTransfersOutTable } from '../../../storage/schema.js';
import type { Courier } from '../../../federation/messages/message-type.js';
import { peerServing } from '../../../federation/peers/peers-store.js';
import { loadForPrincipal } from '../../requests/requests.js';
import { send } from '../../../federation/messages/message-type.js';
import { EVIDENCE_OFFER, type OfferPayload } from './messages.js';
import { requireSender, requireTransferable } from '../../../core/evidence/transfer-rules.js';
import { visibleEvidence } from '../evidence.js';

export async function startEvidenceTransfers(
  deps: { database: Database; registry: RegimeRegistry; courier: Courier },
  ctx: CommandContext,
  principal: Principal,
  requestId: string,
  evidenceIds: readonly string[],
): Promise<string[]> {
  const { database } = deps;
  const stored = await loadForPrincipal(database, principal, requestId);
  requireSender(deps.registry, stored.side, stored.state, principal);
  requireTransferable(stored.state);
  const unique = [...new Set(evidenceIds)];
  const files: EvidenceTable[] = [];
  for (const [i, id] of unique.entries()) {
    const row = await visibleEvidence(database, principal, id);
    if (row.request_id !== requestId)
      throw new ValidationError(
        `evidence ${id} is not filed against request ${requestId}`,
        [{ path: `/evidenceIds/${i}`, message: 'is not evidence of this request' }],
        'evidence_not_of_request',
      );
    files.push(row);
  }
  return runCommand(database, ctx, async (tx) => {
    const peer = await peerServing(tx.db, stored.state.requestingState);
    const busy = await tx.db
      .selectFrom('evidence_transfers_out')
      .select(['evidence_id', 'status'])
      .where('request_id', '=', requestId)
      .where('evidence_id', 'in', unique)
      .where('status', 'in', ['sending', 'sent', 'verified'])
      .executeTakeFirst();
    if (busy)
      throw new ConflictError(
        'transfer_exists',
        `evidence ${busy.evidence_id} is already ${busy.status === 'verified' ? 'delivered' : 'on its way'} under this request`,
        { evidenceId: busy.evidence_id, status: busy.status },
      );
    const now = ctx.clock.now().toISOString();
    const audit: AuditEntry[] = [];
    const ids: string[] = [];
    for (const file of files) {
      const transferId = randomUUID();
      const size = Number(file.size);
      const offer: OfferPayload = {
        transferId,
        requestId,
        evidenceId: file.id,
        itemId: file.item_id,
        filename: file.filename,
        mediaType: file.media_type,
        size,
        sha256: file.sha256,
        chunkSize: CHUNK_SIZE,
        chunkCount: chunkCountOf(size),
      };
      const sent = await send(tx, deps.courier, EVIDENCE_OFFER, peer, offer);
      const row: EvidenceTransfersOutTable = {
        id: transferId,
        evidence_id: file.id,
        request_id: requestId,
        peer,
        size,
        sha256: file.sha256,
        chunk_size: CHUNK_SIZE,
        chunk_count: offer.chunkCount,
        chunks_queued: 0,
        chunks_acknowledged: 0,
        status: 'sending',
        reason: null,
        offer_message_id: sent.messageId,
        remote_evidence_id: null,
        created_by: principal.userId,
        created_at: now,
        updated_at: now,
      };
      await tx.db.insertInto('evidence_transfers_out').values(row).execute();
      ids.push(transferId);
      audit.push(sent.audit, {
        actor: ctx.actor,
        action: 'evidence.transfer_started',
        subjectType: 'case',
        subjectId: file.case_id,
        legalBasis: `${stored.state.regime} ${stored.state.instrument}`,
        details: {
          transferId,
          evidenceId: file.id,
          requestId,
          to: peer,
          toState: stored.state.requestingState,
          size,
          sha256: file.sha256,
          chunks: offer.chunkCount,
        },
      });
    }
    return { value: ids, audit };
  });
}
