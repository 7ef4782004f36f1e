/**
 * Directories in the database: the directories this node trusts or operates, their entries in
 * order, and the alerts an administrator must see. Writes take the caller's transaction, so a
 * directory's new head, its entries, the trust they give and the audit event land together.
 */
import { randomUUID } from 'node:crypto';
import type { AuditEntry } from '../../core/audit/chain.js';
import type { Reader, Tx } from '../../storage/database.js';
import type { DirectoriesTable, DirectoryAlertsTable } from '../../storage/schema.js';
import type { OkpPublicJwk } from '../crypto/jwk.js';
import type { DirectoryEntry } from './entry.js';

export interface DirectoryRecord {
  readonly id: string;
  readonly role: 'trusted' | 'operated';
  readonly name: string;
  readonly source: string | null;
  readonly key: OkpPublicJwk;
  readonly keyKid: string;
  readonly sealedKey: string | null;
  readonly witnesses: readonly string[];
  readonly quorum: number;
  readonly cosign: boolean;
  readonly size: number;
  readonly root: string;
  readonly head: string | null;
  readonly cosignatures: readonly string[];
  readonly status: DirectoriesTable['status'];
  readonly lastError: string | null;
  readonly verifiedAt: string | null;
  readonly addedAt: string;
  readonly updatedAt: string;
}

export interface DirectoryAlert {
  readonly id: string;
  readonly directoryId: string;
  readonly kind: 'split_view' | 'refused' | 'conflict';
  readonly detail: string;
  readonly evidence: Readonly<Record<string, unknown>>;
  readonly source: string | null;
  readonly raisedAt: string;
  readonly resolvedAt: string | null;
}

function toRecord(row: DirectoriesTable): DirectoryRecord {
  return {
    id: row.id,
    role: row.role,
    name: row.name,
    source: row.source,
    key: JSON.parse(row.key_jwk) as OkpPublicJwk,
    keyKid: row.key_kid,
    sealedKey: row.sealed_key,
    witnesses: JSON.parse(row.witnesses) as string[],
    quorum: row.quorum,
    cosign: row.cosign === 1,
    size: row.size,
    root: row.root,
    head: row.head,
    cosignatures: JSON.parse(row.cosignatures) as string[],
    status: row.status,
    lastError: row.last_error,
    verifiedAt: row.verified_at,
    addedAt: row.added_at,
    updatedAt: row.updated_at,
  };
}

export async function findDirectory(db: Reader, id: string): Promise<DirectoryRecord | undefined> {
  const row = await db.selectFrom('directories').selectAll().where('id', '=', id).executeTakeFirst();
  return row ? toRecord(row) : undefined;
}

export async function listDirectories(db: Reader): Promise<DirectoryRecord[]> {
  const rows = await db.selectFrom('directories').selectAll().orderBy('role').orderBy('id').execute();
  return rows.map(toRecord);
}

export async function readEntries(db: Reader, id: string, from = 0): Promise<DirectoryEntry[]> {
  const rows = await db
    .selectFrom('directory_entries')
    .select('entry')
    .where('directory_id', '=', id)
    .where('idx', '>=', from)
    .orderBy('idx')
    .execute();
  return rows.map((r) => JSON.parse(r.entry) as DirectoryEntry);
}

/** Stores entries `from`… of a directory, replacing none: the list only grows. */
export async function appendEntries(
  tx: Tx,
  id: string,
  from: number,
  entries: readonly DirectoryEntry[],
): Promise<void> {
  const rows = entries.map((entry, i) => ({ directory_id: id, idx: from + i, entry: JSON.stringify(entry) }));
  for (let i = 0; i < rows.length; i += 200)
    await tx.db
      .insertInto('directory_entries')
      .values(rows.slice(i, i + 200))
      .execute();
}

export interface NewDirectory {
  readonly id: string;
  readonly role: 'trusted' | 'operated';
  readonly name: string;
  readonly source: string | null;
  readonly key: OkpPublicJwk;
  readonly keyKid: string;
  readonly sealedKey?: string;
  readonly witnesses?: readonly string[];
  readonly quorum?: number;
  readonly cosign?: boolean;
}

export async function insertDirectory(tx: Tx, input: NewDirectory, now: string): Promise<void> {
  await tx.db
    .insertInto('directories')
    .values({
      id: input.id,
      role: input.role,
      name: input.name,
      source: input.source,
      key_kid: input.keyKid,
      key_jwk: JSON.stringify(input.key),
      sealed_key: input.sealedKey ?? null,
      witnesses: JSON.stringify(input.witnesses ?? []),
      quorum: input.quorum ?? 0,
      cosign: input.cosign ? 1 : 0,
      size: 0,
      root: '',
      head: null,
      cosignatures: '[]',
      status: 'ok',
      last_error: null,
      verified_at: null,
      added_at: now,
      updated_at: now,
    })
    .execute();
}

/** Records a newly accepted head (and, for a trusted directory, that the copy verified now). */
export async function recordHead(
  tx: Tx,
  id: string,
  head: { readonly compact: string; readonly size: number; readonly root: string },
  cosignatures: readonly string[],
  now: string,
  status: DirectoriesTable['status'] = 'ok',
): Promise<void> {
  await tx.db
    .updateTable('directories')
    .set({
      head: head.compact,
      size: head.size,
      root: head.root,
      cosignatures: JSON.stringify(cosignatures),
      status,
      last_error: null,
      verified_at: now,
      updated_at: now,
    })
    .where('id', '=', id)
    .execute();
}

export async function setCosignatures(tx: Tx, id: string, cosignatures: readonly string[]): Promise<void> {
  await tx.db
    .updateTable('directories')
    .set({ cosignatures: JSON.stringify(cosignatures) })
    .where('id', '=', id)
    .execute();
}

export async function setStatus(
  tx: Tx,
  id: string,
  status: DirectoriesTable['status'],
  error: string | null,
  now: string,
): Promise<void> {
  await tx.db
    .updateTable('directories')
    .set({ status, last_error: error, updated_at: now })
    .where('id', '=', id)
    .execute();
}

/**
 * Raises an alert unless the same one is already open (a refresh every few minutes must not
 * bury the administrator under copies of one problem). Returns the audit entry to write, or
 * nothing when the alert was already open.
 */
export async function raiseAlert(
  tx: Tx,
  alert: Omit<DirectoryAlert, 'id' | 'resolvedAt'>,
): Promise<AuditEntry | undefined> {
  // One open split view per directory is enough to act on, whichever peers showed it; other
  // alerts are told apart by what they say.
  let query = tx.db
    .selectFrom('directory_alerts')
    .select('id')
    .where('directory_id', '=', alert.directoryId)
    .where('kind', '=', alert.kind)
    .where('resolved_at', 'is', null);
  if (alert.kind !== 'split_view') query = query.where('detail', '=', alert.detail);
  const open = await query.executeTakeFirst();
  if (open) return undefined;
  const id = randomUUID();
  await tx.db
    .insertInto('directory_alerts')
    .values({
      id,
      directory_id: alert.directoryId,
      kind: alert.kind,
      detail: alert.detail,
      evidence: JSON.stringify(alert.evidence),
      source: alert.source,
      raised_at: alert.raisedAt,
      resolved_at: null,
    })
    .execute();
  return {
    actor: { type: 'system', id: 'directory' },
    action: `federation.directory.${alert.kind}`,
    subjectType: 'directory',
    subjectId: alert.directoryId,
    details: { alert: id, detail: alert.detail, ...(alert.source ? { source: alert.source } : {}) },
  };
}

function toAlert(row: DirectoryAlertsTable): DirectoryAlert {
  return {
    id: row.id,
    directoryId: row.directory_id,
    kind: row.kind as DirectoryAlert['kind'],
    detail: row.detail,
    evidence: JSON.parse(row.evidence) as Record<string, unknown>,
    source: row.source,
    raisedAt: row.raised_at,
    resolvedAt: row.resolved_at,
  };
}

export async function listDirectoryAlerts(
  db: Reader,
  query: { readonly directoryId?: string; readonly open?: boolean } = {},
): Promise<DirectoryAlert[]> {
  let q = db.selectFrom('directory_alerts').selectAll().orderBy('raised_at', 'desc').limit(500);
  if (query.directoryId) q = q.where('directory_id', '=', query.directoryId);
  if (query.open) q = q.where('resolved_at', 'is', null);
  return (await q.execute()).map(toAlert);
}

/** Closes a directory's open alerts (an administrator looked and re-verified). */
export async function resolveAlerts(tx: Tx, id: string, now: string): Promise<number> {
  const result = await tx.db
    .updateTable('directory_alerts')
    .set({ resolved_at: now })
    .where('directory_id', '=', id)
    .where('resolved_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}
