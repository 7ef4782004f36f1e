/**
 * The requesting node's inbox handlers for an arriving file. An offer is accepted only from the
 * peer serving the requested State of a request this node made, while results may travel; each
 * chunk only from the peer that offered the transfer. Refusals throw a DomainError, which the
 * inbox turns into a per-envelope refusal the sender sees. A chunk is checked against its own
 * hash and sealed straight into its place; a chunk seen before changes nothing.
 */
import { createHash, randomUUID } from 'node:crypto';
import { closeSync, mkdirSync, openSync } from 'node:fs';
import { DomainError, ForbiddenError, ValidationError } from '../../../core/errors.js';
import type { RequestState } from '../../../core/legal/lifecycle/state.js';
import { type MessageBinding, on } from '../../../federation/messages/message-type.js';
import { writePlainChunk } from '../../../storage/evidence/chunk-io.js';
import { sealFileKey } from '../../../storage/evidence/key-wrap.js';
import { CHUNK_SIZE, chunkCountOf, newFileKey } from '../../../storage/evidence/sealed-file.js';
import { MAX_EVIDENCE_BYTES } from '../store.js';
import type { TransferDeps } from './deps.js';
import { incomingFacts, incomingPath } from './incoming-file.js';
import { EVIDENCE_CHUNK, EVIDENCE_OFFER } from './messages.js';
import { markReceived, isReceived } from '../../../core/evidence/received-map.js';
import { rejectIncoming } from './reject-incoming.js';
import { requireTransferable } from '../../../core/evidence/transfer-rules.js';

export function offerHandler(deps: TransferDeps): MessageBinding {
  return on(EVIDENCE_OFFER, async ({ tx, payload: offer, peer }) => {
    const from = peer.nodeId;
    const request = await tx.db
      .selectFrom('requests')
      .select(['side', 'case_id', 'state', 'requested_state'])
      .where('id', '=', offer.requestId)
      .executeTakeFirst();
    if (request?.side !== 'requesting' || request.case_id === null)
      throw new DomainError('unknown_request', `this node made no request ${offer.requestId}`);
    if (peer.state !== request.requested_state)
      throw new ForbiddenError('not_your_request', `peer ${from} does not serve ${request.requested_state}`);
    requireTransferable(JSON.parse(request.state) as RequestState);
    const known = await tx.db
      .selectFrom('evidence_transfers_in')
      .select('from_node')
      .where('id', '=', offer.transferId)
      .executeTakeFirst();
    if (known) {
      if (known.from_node !== from)
        throw new ForbiddenError('not_your_transfer', `transfer ${offer.transferId} is not from ${from}`);
      return [];
    }
    if (offer.chunkSize !== CHUNK_SIZE || offer.chunkCount !== chunkCountOf(offer.size))
      throw new ValidationError(
        `chunks must be of ${CHUNK_SIZE} bytes, ${chunkCountOf(offer.size)} of them for this size`,
        [],
        'unsupported_chunking',
      );
    if (offer.size > MAX_EVIDENCE_BYTES)
      throw new DomainError('payload_too_large', `the file exceeds ${MAX_EVIDENCE_BYTES} bytes`);
    const evidenceId = randomUUID();
    const fileKey = newFileKey();
    const now = deps.clock.now().toISOString();
    mkdirSync(deps.store.directory, { recursive: true });
    // Truncating: a transaction retried after a busy error starts the same file over.
    closeSync(openSync(incomingPath(deps.store, evidenceId), 'w'));
    await tx.db
      .insertInto('evidence_transfers_in')
      .values({
        id: offer.transferId,
        from_node: from,
        request_id: offer.requestId,
        case_id: request.case_id,
        remote_evidence_id: offer.evidenceId,
        item_id: offer.itemId,
        filename: offer.filename,
        media_type: offer.mediaType,
        size: offer.size,
        sha256: offer.sha256,
        chunk_size: offer.chunkSize,
        chunk_count: offer.chunkCount,
        chunks_received: 0,
        received_map: '0'.repeat(Math.ceil(offer.chunkCount / 8) * 2),
        status: 'receiving',
        reason: null,
        evidence_id: evidenceId,
        key_sealed: sealFileKey(deps.store.evidenceKey(), evidenceId, fileKey),
        created_at: now,
        updated_at: now,
      })
      .execute();
    return [
      {
        actor: { type: 'peer', id: from },
        action: 'evidence.transfer_offered',
        subjectType: 'case',
        subjectId: request.case_id,
        details: {
          transferId: offer.transferId,
          requestId: offer.requestId,
          remoteEvidenceId: offer.evidenceId,
          filename: offer.filename,
          size: offer.size,
          sha256: offer.sha256,
          chunks: offer.chunkCount,
        },
      },
    ];
  });
}

export function chunkHandler(deps: TransferDeps): MessageBinding {
  return on(EVIDENCE_CHUNK, async ({ tx, payload: chunk, peer }) => {
    const from = peer.nodeId;
    const bytes = Buffer.from(chunk.data, 'base64');
    let query = tx.db.selectFrom('evidence_transfers_in').selectAll().where('id', '=', chunk.transferId);
    if (tx.dialect === 'postgres') query = query.forUpdate();
    const row = await query.executeTakeFirst();
    if (!row) throw new DomainError('unknown_transfer', `no transfer ${chunk.transferId} was offered`);
    if (row.from_node !== from)
      throw new ForbiddenError('not_your_transfer', `transfer ${chunk.transferId} is not from ${from}`);
    if (chunk.index >= row.chunk_count)
      throw new ValidationError(
        `chunk ${chunk.index} is beyond the ${row.chunk_count} offered`,
        [],
        'chunk_out_of_range',
      );
    // Already rejected, complete or verified: a late or repeated chunk has nothing left to change.
    if (row.status !== 'receiving' || isReceived(row.received_map, chunk.index)) return [];
    const digest = createHash('sha256').update(bytes).digest('hex');
    if (digest !== chunk.sha256)
      return rejectIncoming(
        tx,
        deps,
        row,
        'chunk_hash_mismatch',
        `chunk ${chunk.index} does not match its SHA-256`,
      );
    try {
      await writePlainChunk(incomingFacts(deps.store, row), chunk.index, bytes);
    } catch (error) {
      if (!(error instanceof RangeError)) throw error;
      return rejectIncoming(tx, deps, row, 'chunk_size_mismatch', error.message);
    }
    const received = row.chunks_received + 1;
    const updated = await tx.db
      .updateTable('evidence_transfers_in')
      .set({
        chunks_received: received,
        received_map: markReceived(row.received_map, chunk.index),
        status: received === row.chunk_count ? 'complete' : 'receiving',
        updated_at: deps.clock.now().toISOString(),
      })
      .where('id', '=', row.id)
      .where('chunks_received', '=', row.chunks_received)
      .executeTakeFirst();
    if (Number(updated.numUpdatedRows) !== 1)
      // Not a DomainError: the whole batch fails and is sent again, instead of refusing the chunk.
      throw new ConcurrentChangeError(`transfer ${row.id} changed meanwhile`);
    return [];
  });
}

/** Two deliveries wrote the same transfer at once: the batch is retried, nothing is refused. */
class ConcurrentChangeError extends Error {
  override readonly name = 'ConcurrentChangeError';
}
