/**
 * Feeds outgoing transfers into the outbox a window at a time: at most WINDOW chunk messages of
 * a transfer wait undelivered, and each pass (and each batch the peer accepts) tops the window
 * up from the sealed file, one chunk read at a time. Progress lives in the transfer's row and
 * the outbox, so after a restart the next pass continues from the last chunk queued. A chunk
 * message the peer refused for good fails the transfer (the outbox has already alerted the
 * officers with the peer's reason).
 */
import { createHash } from 'node:crypto';
import type { AuditEntry } from '../../../core/audit/chain.js';
import { appendAudit } from '../../../storage/audit/audit-log.js';
import { readPlainChunk } from '../../../storage/evidence/chunk-io.js';
import { openFileKey } from '../../../storage/evidence/key-wrap.js';
import { type TransferDeps, systemContext } from './deps.js';
import { sealedPath } from './incoming-file.js';
import { send } from '../../../federation/messages/message-type.js';
import { EVIDENCE_CHUNK } from './messages.js';

/** Chunk messages of one transfer that may wait in the outbox at once (≈ 2.4 MiB of envelope each). */
export const WINDOW = 4;

class StoredChunkError extends Error {}

export async function pumpOutgoing(deps: TransferDeps): Promise<void> {
  const rows = await deps.store.database.db
    .selectFrom('evidence_transfers_out')
    .select('id')
    .where('status', '=', 'sending')
    .orderBy('created_at')
    .execute();
  for (const { id } of rows) {
    try {
      await topUp(deps, id);
    } catch (error) {
      if (!(error instanceof StoredChunkError)) throw error;
      await fail(deps, id, 'stored_file_integrity', error.message);
    }
  }
}

async function topUp(deps: TransferDeps, id: string): Promise<void> {
  const ctx = systemContext(deps);
  await deps.store.database
    .transact(async (tx) => {
      let query = tx.db
        .selectFrom('evidence_transfers_out')
        .innerJoin('evidence', 'evidence.id', 'evidence_transfers_out.evidence_id')
        .selectAll('evidence_transfers_out')
        .select(['evidence.key_sealed', 'evidence.case_id'])
        .where('evidence_transfers_out.id', '=', id);
      if (tx.dialect === 'postgres') query = query.forUpdate();
      const row = await query.executeTakeFirst();
      if (row?.status !== 'sending') return;
      // Only the chunks past the acknowledged prefix matter: at most a window and a few.
      const window = await tx.db
        .selectFrom('evidence_transfer_chunks_out as c')
        .innerJoin('outbox as o', 'o.message_id', 'c.message_id')
        .select(['c.chunk_index', 'o.status', 'o.last_error'])
        .where('c.transfer_id', '=', id)
        .where('c.chunk_index', '>=', row.chunks_acknowledged)
        .orderBy('c.chunk_index')
        .execute();
      const refused = window.find((w) => w.status === 'rejected');
      if (refused) {
        const offer = await tx.db
          .selectFrom('outbox')
          .select(['status', 'last_error'])
          .where('message_id', '=', row.offer_message_id)
          .executeTakeFirst();
        const why = offer?.status === 'rejected' ? offer.last_error : refused.last_error;
        throw new RefusedByPeer(why ?? 'refused by the peer');
      }
      let acknowledged = row.chunks_acknowledged;
      for (const w of window) {
        if (w.status !== 'accepted' || w.chunk_index !== acknowledged) break;
        acknowledged++;
      }
      const pending = window.filter((w) => w.status === 'pending').length;
      const audit: AuditEntry[] = [];
      const now = deps.clock.now().toISOString();
      let queued = row.chunks_queued;
      const file = {
        path: sealedPath(deps.store, row.evidence_id),
        fileId: row.evidence_id,
        fileKey: openFileKey(deps.store.evidenceKey(), row.evidence_id, row.key_sealed),
        size: Number(row.size),
        chunkCount: row.chunk_count,
      };
      const until = Math.min(row.chunk_count, queued + Math.max(0, WINDOW - pending));
      for (; queued < until; queued++) {
        const plain = await readPlainChunk(file, queued).catch((error: Error) => {
          throw new StoredChunkError(error.message);
        });
        const sent = await send(tx, deps.courier, EVIDENCE_CHUNK, row.peer, {
          transferId: id,
          index: queued,
          sha256: createHash('sha256').update(plain).digest('hex'),
          data: plain.toString('base64'),
        });
        await tx.db
          .insertInto('evidence_transfer_chunks_out')
          .values({ transfer_id: id, chunk_index: queued, message_id: sent.messageId })
          .execute();
        audit.push(sent.audit);
      }
      const allDelivered = acknowledged === row.chunk_count;
      if (queued === row.chunks_queued && acknowledged === row.chunks_acknowledged && !allDelivered) return;
      await tx.db
        .updateTable('evidence_transfers_out')
        .set({
          chunks_queued: queued,
          chunks_acknowledged: acknowledged,
          status: allDelivered ? 'sent' : 'sending',
          updated_at: now,
        })
        .where('id', '=', id)
        .execute();
      if (allDelivered)
        audit.push({
          actor: { type: 'system', id: 'node' },
          action: 'evidence.transmitted',
          subjectType: 'case',
          subjectId: row.case_id,
          details: {
            transferId: id,
            evidenceId: row.evidence_id,
            requestId: row.request_id,
            to: row.peer,
            size: Number(row.size),
            sha256: row.sha256,
            chunks: row.chunk_count,
          },
        });
      // Progress alone (the peer's receipts, already audited by the outbox) needs no event of its own.
      if (audit.length > 0) await appendAudit(tx, ctx, audit);
    })
    .catch(async (error) => {
      if (!(error instanceof RefusedByPeer)) throw error;
      await fail(deps, id, 'refused_by_peer', error.message);
    });
}

class RefusedByPeer extends Error {}

async function fail(deps: TransferDeps, id: string, reason: string, detail: string): Promise<void> {
  await deps.store.database.transact(async (tx) => {
    const row = await tx.db
      .selectFrom('evidence_transfers_out')
      .innerJoin('evidence', 'evidence.id', 'evidence_transfers_out.evidence_id')
      .select([
        'evidence_transfers_out.status',
        'evidence_transfers_out.evidence_id',
        'evidence_transfers_out.request_id',
        'evidence_transfers_out.peer',
        'evidence.case_id',
      ])
      .where('evidence_transfers_out.id', '=', id)
      .executeTakeFirst();
    if (row?.status !== 'sending') return;
    await tx.db
      .updateTable('evidence_transfers_out')
      .set({
        status: 'failed',
        reason: `${reason}: ${detail}`.slice(0, 500),
        updated_at: deps.clock.now().toISOString(),
      })
      .where('id', '=', id)
      .execute();
    await appendAudit(tx, systemContext(deps), [
      {
        actor: { type: 'system', id: 'node' },
        action: 'evidence.transfer_failed',
        subjectType: 'case',
        subjectId: row.case_id,
        details: {
          transferId: id,
          evidenceId: row.evidence_id,
          requestId: row.request_id,
          to: row.peer,
          reason,
          detail,
        },
      },
    ]);
  });
}
