/**
 * Evidence: files streamed in and out of a case, sealed at rest, hashed on the way in and
 * verified on the way out. Every step is a chain-of-custody event in the audit log: stored
 * (with its SHA-256 and size), read (by whom), integrity failures.
 */
import { randomUUID } from 'node:crypto';
import { createReadStream, createWriteStream, mkdirSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { Principal } from '../../core/accounts/roles.js';
import type { CommandContext } from '../../core/context.js';
import { DomainError, NotFoundError, ValidationError } from '../../core/errors.js';
import { runCommand } from '../../storage/command.js';
import type { Database } from '../../storage/database.js';
import { openFileKey, sealFileKey } from '../../storage/evidence/key-wrap.js';
import { CHUNK_SIZE, newFileKey, OpeningStream, SealingStream } from '../../storage/evidence/sealed-file.js';
import type { EvidenceTable } from '../../storage/schema.js';
import { loadVisible } from '../cases/cases.js';

export interface EvidenceStore {
  readonly database: Database;
  /** Where sealed files live (`<data dir>/evidence`). */
  readonly directory: string;
  /** Resolved lazily: the node's key secret is only needed once evidence is handled. */
  readonly evidenceKey: () => Buffer;
  readonly maxBytes: number;
}

export interface EvidenceView {
  id: string;
  caseId: string;
  requestId: string | null;
  itemId: string | null;
  filename: string;
  mediaType: string;
  size: number;
  sha256: string;
  createdBy: string;
  createdAt: string;
}

/** An evidence row as the API shows it. */
export const present = (r: EvidenceTable): EvidenceView => ({
  id: r.id,
  caseId: r.case_id,
  requestId: r.request_id,
  itemId: r.item_id,
  filename: r.filename,
  mediaType: r.media_type,
  size: Number(r.size),
  sha256: r.sha256,
  createdBy: r.created_by,
  createdAt: r.created_at,
});

export interface EvidenceInput {
  filename: string;
  mediaType: string;
  requestId?: string;
  itemId?: string;
  /** When given, the upload is refused (and nothing kept) unless the content has this SHA-256. */
  expectedSha256?: string;
}

/** Evidence may name a request only if that request is filed in the same case. */
export async function requireRequestOfCase(
  database: Database,
  requestId: string,
  caseId: string,
  path: string,
): Promise<void> {
  const request = await database.db
    .selectFrom('requests')
    .select('case_id')
    .where('id', '=', requestId)
    .executeTakeFirst();
  if (request?.case_id !== caseId)
    throw new ValidationError('the request is not filed in this case', [
      { path, message: 'is not a request of this case' },
    ]);
}

export async function storeEvidence(
  store: EvidenceStore,
  ctx: CommandContext,
  principal: Principal,
  caseId: string,
  input: EvidenceInput,
  body: Readable,
): Promise<EvidenceView> {
  await loadVisible(store.database.db, principal, caseId);
  if (input.requestId)
    await requireRequestOfCase(store.database, input.requestId, caseId, '/querystring/requestId');
  const id = randomUUID();
  const fileKey = newFileKey();
  mkdirSync(store.directory, { recursive: true });
  const partial = join(store.directory, `${id}.partial`);
  const final = join(store.directory, `${id}.sealed`);
  const sealing = new SealingStream(id, fileKey, store.maxBytes);
  try {
    await pipeline(body, sealing, createWriteStream(partial, { flags: 'wx' }));
    if (input.expectedSha256 && input.expectedSha256.toLowerCase() !== sealing.digest()) {
      throw new ValidationError(
        `the content's SHA-256 is ${sealing.digest()}, not the expected ${input.expectedSha256}`,
        [{ path: '/headers/x-content-sha256', message: 'does not match the content' }],
        'hash_mismatch',
      );
    }
    const row: EvidenceTable = {
      id,
      case_id: caseId,
      request_id: input.requestId ?? null,
      item_id: input.itemId ?? null,
      filename: input.filename,
      media_type: input.mediaType,
      size: sealing.size(),
      sha256: sealing.digest(),
      chunk_size: CHUNK_SIZE,
      key_sealed: sealFileKey(store.evidenceKey(), id, fileKey),
      created_by: principal.userId,
      created_at: ctx.clock.now().toISOString(),
    };
    await runCommand(store.database, ctx, async (tx) => {
      await tx.db.insertInto('evidence').values(row).execute();
      // Renamed inside the transaction: if the row does not commit, the file is removed below.
      renameSync(partial, final);
      return {
        value: null,
        audit: {
          actor: ctx.actor,
          action: 'evidence.stored',
          subjectType: 'case',
          subjectId: caseId,
          details: {
            evidenceId: id,
            filename: row.filename,
            size: row.size,
            sha256: row.sha256,
            requestId: row.request_id,
            itemId: row.item_id,
          },
        },
      };
    });
    return present(row);
  } catch (error) {
    rmSync(partial, { force: true });
    rmSync(final, { force: true });
    if (error instanceof RangeError) throw new DomainError('payload_too_large', error.message);
    throw error;
  }
}

export async function listEvidence(
  database: Database,
  principal: Principal,
  caseId: string,
): Promise<EvidenceView[]> {
  await loadVisible(database.db, principal, caseId);
  const rows = await database.db
    .selectFrom('evidence')
    .selectAll()
    .where('case_id', '=', caseId)
    .orderBy('created_at')
    .execute();
  return rows.map(present);
}

/** An evidence row the principal may see (its case's need to know), or 404 either way. */
export async function visibleEvidence(
  database: Database,
  principal: Principal,
  id: string,
): Promise<EvidenceTable> {
  const row = await database.db.selectFrom('evidence').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) throw new NotFoundError('evidence', id);
  await loadVisible(database.db, principal, row.case_id).catch(() => {
    throw new NotFoundError('evidence', id);
  });
  return row;
}

export async function getEvidence(
  database: Database,
  principal: Principal,
  id: string,
): Promise<EvidenceView> {
  return present(await visibleEvidence(database, principal, id));
}

/**
 * Opens the content for streaming, after recording the read. The stream errors if the stored
 * file no longer matches what was recorded; that failure is audited too.
 */
export async function readEvidence(
  store: EvidenceStore,
  ctx: CommandContext,
  principal: Principal,
  id: string,
): Promise<{ view: EvidenceView; content: Readable }> {
  const row = await visibleEvidence(store.database, principal, id);
  await runCommand(store.database, ctx, async () => ({
    value: null,
    audit: {
      actor: ctx.actor,
      action: 'evidence.read',
      subjectType: 'case',
      subjectId: row.case_id,
      details: { evidenceId: id },
    },
  }));
  const fileKey = openFileKey(store.evidenceKey(), id, row.key_sealed);
  const opening = new OpeningStream(id, fileKey, { size: Number(row.size), sha256: row.sha256 });
  const source = createReadStream(join(store.directory, `${id}.sealed`), { highWaterMark: CHUNK_SIZE });
  source.on('error', (error) => opening.destroy(error));
  opening.on('error', (error) => {
    void runCommand(store.database, ctx, async () => ({
      value: null,
      audit: {
        actor: ctx.actor,
        action: 'evidence.integrity_failed',
        subjectType: 'case',
        subjectId: row.case_id,
        details: { evidenceId: id, error: error.message },
      },
    })).catch(() => undefined);
  });
  return { view: present(row), content: source.pipe(opening) };
}
