/**
 * Stores one version of a STIX object with its observables, inside the caller's transaction so
 * an object and its index rows commit (or roll back) together. Versioning follows STIX: the
 * newest `modified` is current; an older version is kept as history; the same (id, modified)
 * again is either identical (nothing written) or a conflict (nothing written, reported).
 */
import { CompiledQuery } from 'kysely';
import { canonicalJson } from '../../core/canonical-json.js';
import type { Tx } from '../database.js';
import { replaceObservables } from './observable-index.js';
import { versionKey } from './stix-version.js';
import type { IndexedObservable, StixObjectRecord } from './types.js';

export interface PutStixInput {
  readonly object: StixObjectRecord;
  /** Observables of this version (normalised by core); indexed only if it becomes current. */
  readonly observables: readonly IndexedObservable[];
  /** 'local' or the sending peer's node id. */
  readonly source: string;
  /** The conditions it was received or shared under (stored as JSON); omit for local objects. */
  readonly shareContext?: unknown;
  /** ISO time of storage. */
  readonly at: string;
}

/**
 * - `created`: the first version of this id, now current.
 * - `updated`: newer than the current version, now current (its observables replace the old).
 * - `history`: older than the current version, kept; the current one is untouched.
 * - `unchanged`: this exact version is already stored.
 * - `conflict`: a different object with the same id and `modified` is stored; nothing written.
 */
export type PutStatus = 'created' | 'updated' | 'history' | 'unchanged' | 'conflict';

export interface PutOutcome {
  readonly status: PutStatus;
  readonly id: string;
  readonly modified: string;
}

const FIND = {
  sqlite:
    'select modified, object, is_current from stix_objects where id = ? and (is_current = 1 or modified = ?)',
  postgres:
    'select modified, object, is_current from stix_objects where id = $1 and (is_current = 1 or modified = $2)',
} as const;
const RETIRE = {
  sqlite: 'update stix_objects set is_current = 0 where id = ? and is_current = 1',
  postgres: 'update stix_objects set is_current = 0 where id = $1 and is_current = 1',
} as const;
const COLUMNS =
  'id, modified, type, created_by_ref, revoked, is_current, source, source_ref, target_ref, object, share_context, stored_at';
const INSERT = {
  sqlite: `insert into stix_objects (${COLUMNS}) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  postgres: `insert into stix_objects (${COLUMNS}) values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)`,
} as const;

interface VersionRow {
  modified: string;
  object: string;
  is_current: number;
}

/** Stores `input.object` as one version; see `PutStatus` for what happens. */
export async function putStixObject(tx: Tx, input: PutStixInput): Promise<PutOutcome> {
  const { object } = input;
  const modified = versionKey(object);
  const text = canonicalJson(object);
  const rows = await query<VersionRow>(tx, FIND[tx.dialect], [object.id, modified]);
  const same = rows.find((r) => r.modified === modified);
  if (same) return { status: same.object === text ? 'unchanged' : 'conflict', id: object.id, modified };
  const current = rows.find((r) => Number(r.is_current) === 1);
  const becomesCurrent = !current || current.modified < modified;
  if (current && becomesCurrent) await execute(tx, RETIRE[tx.dialect], [object.id]);
  const { sourceRef, targetRef } = ends(object);
  await execute(tx, INSERT[tx.dialect], [
    object.id,
    modified,
    object.type,
    typeof object.created_by_ref === 'string' ? object.created_by_ref : null,
    object.revoked === true ? 1 : 0,
    becomesCurrent ? 1 : 0,
    input.source,
    sourceRef,
    targetRef,
    text,
    input.shareContext === undefined ? null : JSON.stringify(input.shareContext),
    input.at,
  ]);
  if (!becomesCurrent) return { status: 'history', id: object.id, modified };
  // Revoked objects keep their observables: a lookup still finds them, flagged as revoked.
  await replaceObservables(tx, 'stix', object.id, input.observables, { fresh: !current });
  return { status: current ? 'updated' : 'created', id: object.id, modified };
}

/** The two ends of a relationship, or a sighting's sighted object, for neighbourhood reads. */
function ends(object: StixObjectRecord): { sourceRef: string | null; targetRef: string | null } {
  const str = (v: unknown) => (typeof v === 'string' ? v : null);
  if (object.type === 'relationship')
    return { sourceRef: str(object.source_ref), targetRef: str(object.target_ref) };
  if (object.type === 'sighting') return { sourceRef: str(object.sighting_of_ref), targetRef: null };
  return { sourceRef: null, targetRef: null };
}

async function query<R>(tx: Tx, text: string, values: readonly unknown[]): Promise<R[]> {
  if (tx.sqlite) return tx.sqlite.prepare(text).all(...values) as R[];
  return (await tx.db.executeQuery<R>(CompiledQuery.raw(text, [...values]))).rows;
}

async function execute(tx: Tx, text: string, values: readonly unknown[]): Promise<void> {
  if (tx.sqlite) tx.sqlite.prepare(text).run(...values);
  else await tx.db.executeQuery(CompiledQuery.raw(text, [...values]));
}
