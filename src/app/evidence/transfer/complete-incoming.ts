/**
 * Once every chunk of an incoming file is in, the whole file is read back, opened chunk by chunk
 * and hashed; only if its size and SHA-256 are the ones offered is it filed as evidence of the
 * requesting case (the `evidence` row, the `evidence.received` chain-of-custody event and the
 * `evidence.verified` answer commit together). Otherwise nothing is kept and the sender is told.
 * Runs from the delivery worker's passes, outside any inbox transaction: verifying a large file
 * takes seconds and must not hold up the peer's batch.
 */
import { createReadStream, renameSync } from 'node:fs';
import { Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { appendAudit } from '../../../storage/audit/audit-log.js';
import { OpeningStream, RECORD_SIZE } from '../../../storage/evidence/sealed-file.js';
import { type TransferDeps, systemContext } from './deps.js';
import { incomingFacts, incomingPath, sealedPath } from './incoming-file.js';
import { send } from '../../../federation/messages/message-type.js';
import { EVIDENCE_VERIFIED } from './messages.js';
import { rejectIncoming } from './reject-incoming.js';

export async function completeIncoming(deps: TransferDeps): Promise<void> {
  const rows = await deps.store.database.db
    .selectFrom('evidence_transfers_in')
    .selectAll()
    .where('status', '=', 'complete')
    .orderBy('updated_at')
    .execute();
  for (const row of rows) {
    const failure = await check(deps, row);
    await deps.store.database.transact(async (tx) => {
      const current = await tx.db
        .selectFrom('evidence_transfers_in')
        .select('status')
        .where('id', '=', row.id)
        .executeTakeFirst();
      if (current?.status !== 'complete') return;
      const audit = failure
        ? await rejectIncoming(tx, deps, row, 'file_hash_mismatch', failure)
        : await fileVerified(tx, deps, row);
      await appendAudit(tx, systemContext(deps), audit);
    });
  }
}

/** Undefined when the assembled file is exactly the one offered; otherwise why not. */
async function check(
  deps: TransferDeps,
  row: Parameters<typeof incomingFacts>[1],
): Promise<string | undefined> {
  const facts = incomingFacts(deps.store, row);
  try {
    await pipeline(
      createReadStream(facts.path, { highWaterMark: RECORD_SIZE }),
      new OpeningStream(facts.fileId, facts.fileKey, { size: facts.size, sha256: row.sha256 }),
      new Writable({ write: (_chunk, _encoding, done) => done() }),
    );
    return undefined;
  } catch (error) {
    return (error as Error).message;
  }
}

async function fileVerified(
  tx: Parameters<typeof rejectIncoming>[0],
  deps: TransferDeps,
  row: Parameters<typeof incomingFacts>[1],
) {
  const now = deps.clock.now().toISOString();
  await tx.db
    .insertInto('evidence')
    .values({
      id: row.evidence_id,
      case_id: row.case_id,
      request_id: row.request_id,
      item_id: row.item_id,
      filename: row.filename,
      media_type: row.media_type,
      size: Number(row.size),
      sha256: row.sha256,
      chunk_size: row.chunk_size,
      key_sealed: row.key_sealed,
      created_by: `peer:${row.from_node}`,
      created_at: now,
    })
    .execute();
  await tx.db
    .updateTable('evidence_transfers_in')
    .set({ status: 'verified', updated_at: now })
    .where('id', '=', row.id)
    .execute();
  const sent = await send(tx, deps.courier, EVIDENCE_VERIFIED, row.from_node, {
    transferId: row.id,
    evidenceId: row.evidence_id,
    sha256: row.sha256,
  });
  // Renamed inside the transaction: if the row does not commit, the next pass finds it again.
  renameSync(incomingPath(deps.store, row.evidence_id), sealedPath(deps.store, row.evidence_id));
  return [
    sent.audit,
    {
      actor: { type: 'peer' as const, id: row.from_node },
      action: 'evidence.received',
      subjectType: 'case',
      subjectId: row.case_id,
      details: {
        evidenceId: row.evidence_id,
        transferId: row.id,
        from: row.from_node,
        requestId: row.request_id,
        itemId: row.item_id,
        remoteEvidenceId: row.remote_evidence_id,
        filename: row.filename,
        size: Number(row.size),
        sha256: row.sha256,
        verified: true,
      },
    },
  ];
}
