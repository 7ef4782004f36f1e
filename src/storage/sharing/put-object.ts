/**
 * Stores versions of STIX objects with their observables, inside the caller's transaction so
 * an object and its index rows commit (or roll back) together. Versioning follows STIX: the
 * newest `modified` is current; an older version is kept as history; the same (id, modified)
 * again is either identical (nothing written) or a conflict (nothing written, reported).
 *
 * A batch is decided in memory from one read of what is stored, then written with a few
 * statements on PostgreSQL (where each statement is a round trip) and with prepared
 * per-row statements on SQLite (where a statement costs microseconds).
 */
import { canonicalJson } from '../../core/canonical-json.js';
import { type Kysely, sql } from 'kysely';
import type { Database, Tx } from '../database.js';
import type { Schema } from '../schema.js';
import { deleteObservables, insertObservables, type ObservableRow } from './observable-index.js';
import { execute, query, type Row } from './sql.js';
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
 * - `foreign`: a new version of an object held from another source (a peer's object imported
 *   locally, or another peer's object); only the originator issues versions, nothing written.
 */
export type PutStatus = 'created' | 'updated' | 'history' | 'unchanged' | 'conflict' | 'foreign';

export interface PutOutcome {
  readonly status: PutStatus;
  readonly id: string;
  readonly modified: string;
  /** For `foreign`: the source that holds the object. */
  readonly heldFrom?: string;
}

interface VersionRow {
  id: string;
  modified: string;
  object: string;
  is_current: number;
  source: string;
}

/** What is known about one id while a batch is decided. */
interface Known {
  current: string | undefined;
  /** Where the versions held so far came from ('local' or a peer's node id). */
  source: string | undefined;
  /** Object text of each stored or batched version, by version key. */
  readonly versions: Map<string, string>;
  /** Whether the id has index rows to delete before new ones go in. */
  indexed: boolean;
}

const FIND_ONE =
  'select id, modified, object, is_current, source from stix_objects where id = ? and (is_current = 1 or modified = ?)';
const FIND_MANY =
  'select id, modified, object, is_current, source from stix_objects where id = any($1) and (is_current = 1 or modified = any($2))';
const RETIRE = {
  sqlite: 'update stix_objects set is_current = 0 where id = ? and is_current = 1',
  postgres: 'update stix_objects set is_current = 0 where id = any($1) and is_current = 1',
} as const;
const COLUMNS =
  'id, modified, type, created_by_ref, revoked, is_current, source, source_ref, target_ref, object, share_context, stored_at';
const INSERT_SQLITE = `insert into stix_objects (${COLUMNS}) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`;
// 12 parameters a row: 400 rows stay well below PostgreSQL's 65,535 parameters per statement.
const PG_ROWS_PER_INSERT = 400;

/** Stores one version; see `PutStatus` for what happens. */
export async function putStixObject(tx: Tx, input: PutStixInput): Promise<PutOutcome> {
  const [outcome] = await putStixObjects(tx, [input]);
  return outcome!;
}

/** Stores versions in order (an id may appear more than once); one outcome per input. */
export async function putStixObjects(tx: Tx, inputs: readonly PutStixInput[]): Promise<PutOutcome[]> {
  const keys = inputs.map((i) => versionKey(i.object));
  const known = await readKnown(tx, inputs, keys);
  const outcomes: PutOutcome[] = [];
  const rows: Row[] = [];
  const retire = new Set<string>();
  const replaced = new Set<string>();
  const observables = new Map<string, readonly IndexedObservable[]>();
  for (const [n, input] of inputs.entries()) {
    const { object } = input;
    const modified = keys[n]!;
    const k = known.get(object.id)!;
    const text = JSON.stringify(object);
    const stored = k.versions.get(modified);
    if (stored !== undefined) {
      outcomes.push({ status: sameObject(stored, text) ? 'unchanged' : 'conflict', id: object.id, modified });
      continue;
    }
    if (k.source !== undefined && k.source !== input.source) {
      outcomes.push({ status: 'foreign', id: object.id, modified, heldFrom: k.source });
      continue;
    }
    k.source = input.source;
    const becomesCurrent = k.current === undefined || k.current < modified;
    const status: PutStatus = !becomesCurrent ? 'history' : k.current === undefined ? 'created' : 'updated';
    if (status === 'updated') {
      retire.add(object.id);
      // A row of this batch that is no longer current must not be inserted as current.
      for (const row of rows) if (row[0] === object.id) row[5] = 0;
    }
    rows.push(rowOf(input, modified, text, becomesCurrent));
    k.versions.set(modified, text);
    if (becomesCurrent) {
      k.current = modified;
      if (k.indexed) replaced.add(object.id);
      k.indexed = true;
      observables.set(object.id, input.observables);
    }
    outcomes.push({ status, id: object.id, modified });
  }
  await write(tx, rows, retire, replaced, observables);
  return outcomes;
}

async function readKnown(
  tx: Tx,
  inputs: readonly PutStixInput[],
  keys: readonly string[],
): Promise<Map<string, Known>> {
  const known = new Map<string, Known>();
  for (const input of inputs) {
    if (!known.has(input.object.id))
      known.set(input.object.id, {
        current: undefined,
        source: undefined,
        versions: new Map(),
        indexed: false,
      });
  }
  let rows: VersionRow[];
  if (tx.sqlite) {
    const find = tx.sqlite.prepare(FIND_ONE);
    rows = inputs.flatMap((input, n) => find.all(input.object.id, keys[n]) as VersionRow[]);
  } else {
    rows = await query<VersionRow>(tx, FIND_MANY, [[...known.keys()], [...new Set(keys)]]);
  }
  for (const row of rows) {
    const k = known.get(row.id)!;
    k.versions.set(row.modified, row.object);
    k.source ??= row.source;
    if (Number(row.is_current) === 1) {
      k.current = row.modified;
      k.indexed = true;
    }
  }
  return known;
}

/** Identical text, or the same JSON in another member order or spacing. */
function sameObject(stored: string, text: string): boolean {
  return stored === text || canonicalJson(JSON.parse(stored)) === canonicalJson(JSON.parse(text));
}

function rowOf(input: PutStixInput, modified: string, text: string, current: boolean): Row {
  const { object } = input;
  const { sourceRef, targetRef } = ends(object);
  return [
    object.id,
    modified,
    object.type,
    typeof object.created_by_ref === 'string' ? object.created_by_ref : null,
    object.revoked === true ? 1 : 0,
    current ? 1 : 0,
    input.source,
    sourceRef,
    targetRef,
    text,
    input.shareContext === undefined ? null : JSON.stringify(input.shareContext),
    input.at,
  ];
}

async function write(
  tx: Tx,
  rows: readonly Row[],
  retire: ReadonlySet<string>,
  replaced: ReadonlySet<string>,
  observables: ReadonlyMap<string, readonly IndexedObservable[]>,
): Promise<void> {
  const index: ObservableRow[] = [];
  for (const [id, list] of observables)
    for (const o of list) index.push({ subjectType: 'stix', subjectId: id, ...o });
  // Revoked objects keep their observables: a lookup still finds them, flagged as revoked.
  await deleteObservables(tx, 'stix', [...replaced]);
  if (tx.sqlite) {
    const retireOne = tx.sqlite.prepare(RETIRE.sqlite);
    for (const id of retire) retireOne.run(id);
    const insert = tx.sqlite.prepare(INSERT_SQLITE);
    for (const row of rows) insert.run(row);
  } else {
    if (retire.size > 0) await execute(tx, RETIRE.postgres, [[...retire]]);
    for (let i = 0; i < rows.length; i += PG_ROWS_PER_INSERT) {
      const slice = rows.slice(i, i + PG_ROWS_PER_INSERT);
      const placeholders = slice.map(
        (_, r) => `(${Array.from({ length: 12 }, (_, c) => `$${r * 12 + c + 1}`).join(', ')})`,
      );
      await execute(
        tx,
        `insert into stix_objects (${COLUMNS}) values ${placeholders.join(', ')}`,
        slice.flat(),
      );
    }
  }
  await insertObservables(tx, index);
}

/** The two ends of a relationship, or a sighting's sighted object, for neighbourhood reads. */
function ends(object: StixObjectRecord): { sourceRef: string | null; targetRef: string | null } {
  const str = (v: unknown) => (typeof v === 'string' ? v : null);
  if (object.type === 'relationship')
    return { sourceRef: str(object.source_ref), targetRef: str(object.target_ref) };
  if (object.type === 'sighting') return { sourceRef: str(object.sighting_of_ref), targetRef: null };
  return { sourceRef: null, targetRef: null };
}

/**
 * After a bulk load, PostgreSQL's planner still holds the statistics of the tables as they were
 * (for a fresh node: empty); refreshing them keeps the keyset reads on their indexes. SQLite
 * plans without them.
 */
export async function refreshStixStatistics(database: Database): Promise<void> {
  if (database.dialect !== 'postgres') return;
  await sql`analyze stix_objects, observables`.execute(database.db as unknown as Kysely<Schema>);
}
