/**
 * The correlation index: which subjects carry an observable. Rows are found by their hash key
 * and then compared on kind and value, so a key collision can never produce a false match.
 */
import { CompiledQuery } from 'kysely';
import type { Database, PreparedRead, Tx } from '../database.js';
import { observableHashKey } from './observable-key.js';
import type { IndexedObservable, ObservableMatch, SubjectType } from './types.js';

/** One index row before hashing. */
export interface ObservableRow extends IndexedObservable {
  readonly subjectType: SubjectType;
  readonly subjectId: string;
}

const DELETE = {
  sqlite: 'delete from observables where subject_id = ? and subject_type = ?',
  postgres: 'delete from observables where subject_id = any($1) and subject_type = $2',
} as const;
const INSERT_SQLITE =
  'insert into observables (key, kind, value, subject_type, subject_id) values (?, ?, ?, ?, ?)';
// Five parameters a row: 5,000 rows stay below PostgreSQL's 65,535 parameters per statement.
const PG_ROWS_PER_INSERT = 5000;

/** Makes `observables` the full set indexed for one subject (a request, an incident, …). */
export async function replaceObservables(
  tx: Tx,
  subjectType: SubjectType,
  subjectId: string,
  observables: readonly IndexedObservable[],
): Promise<void> {
  await deleteObservables(tx, subjectType, [subjectId]);
  await insertObservables(
    tx,
    observables.map((o) => ({ ...o, subjectType, subjectId })),
  );
}

/** Removes every index row of these subjects. */
export async function deleteObservables(
  tx: Tx,
  subjectType: SubjectType,
  subjectIds: readonly string[],
): Promise<void> {
  if (subjectIds.length === 0) return;
  if (tx.sqlite) {
    const remove = tx.sqlite.prepare(DELETE.sqlite);
    for (const id of subjectIds) remove.run(id, subjectType);
  } else await tx.db.executeQuery(CompiledQuery.raw(DELETE.postgres, [subjectIds, subjectType]));
}

/** Adds index rows; a (kind, value) repeated for the same subject is stored once. */
export async function insertObservables(tx: Tx, rows: readonly ObservableRow[]): Promise<void> {
  const unique = dedupe(rows);
  if (tx.sqlite) {
    const insert = tx.sqlite.prepare(INSERT_SQLITE);
    for (const o of unique)
      insert.run(observableHashKey(o.kind, o.value), o.kind, o.value, o.subjectType, o.subjectId);
    return;
  }
  // Few statements for many rows: each statement is a round trip on PostgreSQL.
  for (let i = 0; i < unique.length; i += PG_ROWS_PER_INSERT) {
    const values: unknown[] = [];
    const tuples = unique.slice(i, i + PG_ROWS_PER_INSERT).map((o, r) => {
      values.push(observableHashKey(o.kind, o.value), o.kind, o.value, o.subjectType, o.subjectId);
      const b = r * 5;
      return `($${b + 1}, $${b + 2}, $${b + 3}, $${b + 4}, $${b + 5})`;
    });
    await tx.db.executeQuery(
      CompiledQuery.raw(
        `insert into observables (key, kind, value, subject_type, subject_id) values ${tuples.join(', ')}`,
        values,
      ),
    );
  }
}

function dedupe(rows: readonly ObservableRow[]): readonly ObservableRow[] {
  if (rows.length < 2) return rows;
  const seen = new Set<string>();
  return rows.filter((o) => {
    const k = `${o.subjectType}\0${o.subjectId}\0${o.kind}\0${o.value}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

const LOOKUP_COLUMNS =
  "o.kind, o.value, o.subject_type, o.subject_id, s.type as object_type, s.source, s.revoked from observables o left join stix_objects s on o.subject_type = 'stix' and s.id = o.subject_id and s.is_current = 1";
const LOOKUP: PreparedRead = {
  name: 'comity_observable_lookup',
  sqlite: `select ${LOOKUP_COLUMNS} where o.key = ? and o.kind = ? and o.value = ? order by o.subject_type, o.subject_id limit ?`,
  postgres: `select ${LOOKUP_COLUMNS} where o.key = $1 and o.kind = $2 and o.value = $3 order by o.subject_type, o.subject_id limit $4`,
};

interface MatchRow {
  kind: string;
  value: string;
  subject_type: string;
  subject_id: string;
  object_type: string | null;
  source: string | null;
  revoked: number | null;
}

/** Every subject carrying this (normalised) observable, up to `limit` (default 1,000). */
export async function lookupObservable(
  database: Database,
  observable: IndexedObservable,
  options: { limit?: number } = {},
): Promise<ObservableMatch[]> {
  const params = [
    observableHashKey(observable.kind, observable.value),
    observable.kind,
    observable.value,
    options.limit ?? 1000,
  ];
  const rows = await database.readPrepared<MatchRow>(LOOKUP, params);
  return rows.map((r) => ({
    kind: r.kind,
    value: r.value,
    subjectType: r.subject_type,
    subjectId: r.subject_id,
    objectType: r.object_type,
    source: r.source,
    revoked: Number(r.revoked) === 1,
  }));
}
