/**
 * Resumable evidence uploads from the console: a person starts an upload (file facts), sends
 * the file as numbered 1 MiB chunks — in any order, again after a lost connection — each sealed
 * into its place as it arrives (the content never lies on disk in clear), and completes it with
 * the SHA-256 the browser computed. Completion reads the file back, checks size and hash, and
 * files it as evidence in the same transaction as its chain-of-custody event. Every chunk is a
 * state change, so every chunk is audited.
 */
import { createHash, randomUUID } from 'node:crypto';
import { closeSync, mkdirSync, openSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Principal } from '../../core/accounts/roles.js';
import type { CommandContext } from '../../core/context.js';
import { isReceived, markReceived } from '../../core/evidence/received-map.js';
import { ConflictError, DomainError, NotFoundError, ValidationError } from '../../core/errors.js';
import { runCommand } from '../../storage/command.js';
import { readPlainChunk, type SealedFileFacts, writePlainChunk } from '../../storage/evidence/chunk-io.js';
import { openFileKey, sealFileKey } from '../../storage/evidence/key-wrap.js';
import { CHUNK_SIZE, chunkCountOf, newFileKey } from '../../storage/evidence/sealed-file.js';
import type { EvidenceUploadsTable } from '../../storage/schema.js';
import { loadVisible } from '../cases/cases.js';
import { type EvidenceStore, type EvidenceView, present, requireRequestOfCase } from './evidence.js';

export interface UploadView {
  readonly id: string;
  readonly caseId: string;
  readonly requestId: string | null;
  readonly itemId: string | null;
  readonly filename: string;
  readonly mediaType: string;
  readonly size: number;
  readonly chunkSize: number;
  readonly chunkCount: number;
  readonly chunksReceived: number;
  /** The first chunks still missing (at most 64): what to send next after a lost connection. */
  readonly missing: readonly number[];
  readonly status: EvidenceUploadsTable['status'];
  /** The evidence the file became, once complete. */
  readonly evidenceId: string | null;
  readonly createdAt: string;
}

export interface NewUpload {
  readonly filename: string;
  readonly mediaType: string;
  readonly size: number;
  readonly requestId?: string;
  readonly itemId?: string;
}

function presentUpload(row: EvidenceUploadsTable): UploadView {
  const missing: number[] = [];
  for (let i = 0; i < row.chunk_count && missing.length < 64; i++)
    if (!isReceived(row.received_map, i)) missing.push(i);
  return {
    id: row.id,
    caseId: row.case_id,
    requestId: row.request_id,
    itemId: row.item_id,
    filename: row.filename,
    mediaType: row.media_type,
    size: Number(row.size),
    chunkSize: row.chunk_size,
    chunkCount: row.chunk_count,
    chunksReceived: row.chunks_received,
    missing,
    status: row.status,
    evidenceId: row.status === 'complete' ? row.evidence_id : null,
    createdAt: row.created_at,
  };
}

const partialPath = (store: EvidenceStore, row: EvidenceUploadsTable) =>
  join(store.directory, `${row.evidence_id}.upload`);

function facts(store: EvidenceStore, row: EvidenceUploadsTable): SealedFileFacts {
  return {
    path: partialPath(store, row),
    fileId: row.evidence_id,
    fileKey: openFileKey(store.evidenceKey(), row.evidence_id, row.key_sealed),
    size: Number(row.size),
    chunkCount: row.chunk_count,
  };
}

/** An upload of the principal's, in a case they may see, or 404. */
async function ownUpload(
  store: EvidenceStore,
  principal: Principal,
  id: string,
): Promise<EvidenceUploadsTable> {
  const row = await store.database.db
    .selectFrom('evidence_uploads')
    .selectAll()
    .where('id', '=', id)
    .executeTakeFirst();
  if (!row || row.created_by !== principal.userId) throw new NotFoundError('upload', id);
  await loadVisible(store.database.db, principal, row.case_id).catch(() => {
    throw new NotFoundError('upload', id);
  });
  return row;
}

export async function startUpload(
  store: EvidenceStore,
  ctx: CommandContext,
  principal: Principal,
  caseId: string,
  input: NewUpload,
): Promise<UploadView> {
  await loadVisible(store.database.db, principal, caseId);
  if (input.size > store.maxBytes)
    throw new DomainError('payload_too_large', `the file exceeds ${store.maxBytes} bytes`);
  if (input.requestId) await requireRequestOfCase(store.database, input.requestId, caseId, '/body/requestId');
  const now = ctx.clock.now().toISOString();
  const evidenceId = randomUUID();
  const chunkCount = chunkCountOf(input.size);
  const row: EvidenceUploadsTable = {
    id: randomUUID(),
    case_id: caseId,
    request_id: input.requestId ?? null,
    item_id: input.itemId ?? null,
    filename: input.filename,
    media_type: input.mediaType,
    size: input.size,
    expected_sha256: null,
    chunk_size: CHUNK_SIZE,
    chunk_count: chunkCount,
    chunks_received: 0,
    received_map: '0'.repeat(Math.ceil(chunkCount / 8) * 2),
    status: 'receiving',
    evidence_id: evidenceId,
    key_sealed: sealFileKey(store.evidenceKey(), evidenceId, newFileKey()),
    created_by: principal.userId,
    created_at: now,
    updated_at: now,
  };
  mkdirSync(store.directory, { recursive: true });
  return runCommand(store.database, ctx, async (tx) => {
    await tx.db.insertInto('evidence_uploads').values(row).execute();
    // Truncating: a transaction retried after a busy error starts the same file over.
    closeSync(openSync(partialPath(store, row), 'w'));
    return {
      value: presentUpload(row),
      audit: {
        actor: ctx.actor,
        action: 'evidence.upload_started',
        subjectType: 'case',
        subjectId: caseId,
        details: { uploadId: row.id, filename: row.filename, size: row.size, chunks: chunkCount },
      },
    };
  });
}

export async function uploadStatus(
  store: EvidenceStore,
  principal: Principal,
  id: string,
): Promise<UploadView> {
  return presentUpload(await ownUpload(store, principal, id));
}

/** Seals one chunk into its place; a chunk sent again changes nothing. */
export async function putChunk(
  store: EvidenceStore,
  ctx: CommandContext,
  principal: Principal,
  id: string,
  index: number,
  bytes: Buffer,
): Promise<UploadView> {
  const row = await ownUpload(store, principal, id);
  if (row.status !== 'receiving')
    throw new ConflictError('upload_closed', `upload ${id} is ${row.status}; nothing more is received`);
  if (index >= row.chunk_count)
    throw new ValidationError(
      `chunk ${index} is beyond the ${row.chunk_count} of this file`,
      [{ path: '/params/index', message: `must be below ${row.chunk_count}` }],
      'chunk_out_of_range',
    );
  if (isReceived(row.received_map, index)) return presentUpload(row);
  try {
    await writePlainChunk(facts(store, row), index, bytes);
  } catch (error) {
    if (!(error instanceof RangeError)) throw error;
    throw new ValidationError(
      error.message,
      [{ path: '/body', message: error.message }],
      'chunk_size_mismatch',
    );
  }
  return runCommand(store.database, ctx, async (tx) => {
    const current = await tx.db
      .selectFrom('evidence_uploads')
      .selectAll()
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    const next = isReceived(current.received_map, index)
      ? current
      : {
          ...current,
          chunks_received: current.chunks_received + 1,
          received_map: markReceived(current.received_map, index),
          updated_at: ctx.clock.now().toISOString(),
        };
    if (next !== current)
      await tx.db
        .updateTable('evidence_uploads')
        .set({
          chunks_received: next.chunks_received,
          received_map: next.received_map,
          updated_at: next.updated_at,
        })
        .where('id', '=', id)
        .execute();
    return {
      value: presentUpload(next),
      audit: {
        actor: ctx.actor,
        action: 'evidence.upload_chunk',
        subjectType: 'case',
        subjectId: row.case_id,
        details: { uploadId: id, index, chunksReceived: next.chunks_received, of: next.chunk_count },
      },
    };
  });
}

/**
 * Once every chunk is in: the file is read back and hashed; if `sha256` is given it must match.
 * The evidence row and its chain-of-custody event commit together; a mismatch keeps nothing.
 */
export async function completeUpload(
  store: EvidenceStore,
  ctx: CommandContext,
  principal: Principal,
  id: string,
  sha256: string | undefined,
): Promise<EvidenceView> {
  const row = await ownUpload(store, principal, id);
  if (row.status !== 'receiving') throw new ConflictError('upload_closed', `upload ${id} is ${row.status}`);
  if (row.chunks_received !== row.chunk_count)
    throw new ConflictError(
      'upload_incomplete',
      `${row.chunk_count - row.chunks_received} chunk(s) are still missing`,
      {
        missing: presentUpload(row).missing,
      },
    );
  const file = facts(store, row);
  const hash = createHash('sha256');
  for (let i = 0; i < row.chunk_count; i++) hash.update(await readPlainChunk(file, i));
  const digest = hash.digest('hex');
  if (sha256 !== undefined && sha256.toLowerCase() !== digest) {
    await runCommand(store.database, ctx, async (tx) => {
      await tx.db
        .updateTable('evidence_uploads')
        .set({ status: 'failed', updated_at: ctx.clock.now().toISOString() })
        .where('id', '=', id)
        .execute();
      return {
        value: null,
        audit: {
          actor: ctx.actor,
          action: 'evidence.upload_rejected',
          subjectType: 'case',
          subjectId: row.case_id,
          details: { uploadId: id, expected: sha256, actual: digest },
        },
      };
    });
    rmSync(file.path, { force: true });
    throw new ValidationError(
      `the assembled file's SHA-256 is ${digest}, not ${sha256}`,
      [{ path: '/body/sha256', message: 'does not match the uploaded content' }],
      'hash_mismatch',
    );
  }
  const now = ctx.clock.now().toISOString();
  const evidence = {
    id: row.evidence_id,
    case_id: row.case_id,
    request_id: row.request_id,
    item_id: row.item_id,
    filename: row.filename,
    media_type: row.media_type,
    size: Number(row.size),
    sha256: digest,
    chunk_size: CHUNK_SIZE,
    key_sealed: row.key_sealed,
    created_by: principal.userId,
    created_at: now,
  };
  await runCommand(store.database, ctx, async (tx) => {
    await tx.db.insertInto('evidence').values(evidence).execute();
    await tx.db
      .updateTable('evidence_uploads')
      .set({ status: 'complete', updated_at: now })
      .where('id', '=', id)
      .execute();
    // Renamed inside the transaction: if the row does not commit, the upload can complete again.
    renameSync(file.path, join(store.directory, `${row.evidence_id}.sealed`));
    return {
      value: null,
      audit: {
        actor: ctx.actor,
        action: 'evidence.stored',
        subjectType: 'case',
        subjectId: row.case_id,
        details: {
          evidenceId: evidence.id,
          filename: evidence.filename,
          size: evidence.size,
          sha256: digest,
          requestId: evidence.request_id,
          itemId: evidence.item_id,
          uploadId: id,
        },
      },
    };
  });
  return present(evidence);
}
