/**
 * The correlation index: which subjects carry an observable. Rows are found by their hash key
 * and then compared on kind and value, so a key collision can never produce a false match.
 */
import { CompiledQuery } from 'kysely';
import type { Database, Tx } from '../database.js';
import { observableHashKey } from './observable-key.js';
import type { IndexedObservable, ObservableMatch, SubjectType } from './types.js';

const DELETE = {
  sqlite: 'delete from observables where subject_id = ? and subject_type = ?',
  postgres: 'delete from observables where subject_id = $1 and subject_type = $2',
} as const;
const INSERT_SQLITE =
  'insert into observables (key, kind, value, subject_type, subject_id) values (?, ?, ?, ?, ?)';

/**
 * Makes `observables` the full set indexed for the subject. `fresh` says the subject has no rows
 * yet (its first version), which saves the delete on the import hot path.
 */
export async function replaceObservables(
  tx: Tx,
  subjectType: SubjectType,
  subjectId: string,
  observables: readonly IndexedObservable[],
  options: { fresh?: boolean } = {},
): Promise<void> {
  const unique = dedupe(observables);
  if (tx.sqlite) {
    if (!options.fresh) tx.sqlite.prepare(DELETE.sqlite).run(subjectId, subjectType);
    const insert = tx.sqlite.prepare(INSERT_SQLITE);
    for (const o of unique)
      insert.run(observableHashKey(o.kind, o.value), o.kind, o.value, subjectType, subjectId);
    return;
  }
  if (!options.fresh) await tx.db.executeQuery(CompiledQuery.raw(DELETE.postgres, [subjectId, subjectType]));
  if (unique.length === 0) return;
  // One statement for all of a subject's rows: each statement is a round trip on PostgreSQL.
  const values: unknown[] = [];
  const tuples = unique.map((o, i) => {
    values.push(observableHashKey(o.kind, o.value), o.kind, o.value, subjectType, subjectId);
    const b = i * 5;
    return `($${b + 1}, $${b + 2}, $${b + 3}, $${b + 4}, $${b + 5})`;
  });
  await tx.db.executeQuery(
    CompiledQuery.raw(
      `insert into observables (key, kind, value, subject_type, subject_id) values ${tuples.join(', ')}`,
      values,
    ),
  );
}

function dedupe(observables: readonly IndexedObservable[]): IndexedObservable[] {
  if (observables.length < 2) return [...observables];
  const seen = new Set<string>();
  return observables.filter((o) => {
    const k = `${o.kind}\0${o.value}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

const LOOKUP_COLUMNS =
  "o.kind, o.value, o.subject_type, o.subject_id, s.type as object_type, s.source, s.revoked from observables o left join stix_objects s on o.subject_type = 'stix' and s.id = o.subject_id and s.is_current = 1";
const LOOKUP = {
  sqlite: `select ${LOOKUP_COLUMNS} where o.key = ? and o.kind = ? and o.value = ? order by o.subject_type, o.subject_id limit ?`,
  postgres: `select ${LOOKUP_COLUMNS} where o.key = $1 and o.kind = $2 and o.value = $3 order by o.subject_type, o.subject_id limit $4`,
} as const;

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
  const rows = database.withSqlite
    ? await database.withSqlite((sqlite) => sqlite.prepare(LOOKUP.sqlite).all(...params) as MatchRow[])
    : (await database.db.executeQuery<MatchRow>(CompiledQuery.raw(LOOKUP.postgres, params))).rows;
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
