/**
 * Correlation lookups inside a transaction: which other subjects carry an observable, with the
 * source each came from (the store's `source` for STIX objects; requests and incidents are
 * this node's own, 'local'). Rows are found by hash key and compared on kind and value.
 */
import { sql } from 'kysely';
import type { Tx } from '../database.js';
import { observableHashKey } from './observable-key.js';
import type { IndexedObservable } from './types.js';

export interface SubjectMatch {
  readonly subjectType: string;
  readonly subjectId: string;
  readonly source: string;
  readonly revoked: boolean;
}

export async function matchesInTx(
  tx: Tx,
  observable: IndexedObservable,
  limit = 200,
): Promise<SubjectMatch[]> {
  const rows = await tx.db
    .selectFrom('observables as o')
    .leftJoin('stix_objects as s', (join) =>
      join.onRef('s.id', '=', 'o.subject_id').on('o.subject_type', '=', 'stix').on('s.is_current', '=', 1),
    )
    .select(['o.subject_type', 'o.subject_id', 's.source', 's.revoked'])
    .where('o.key', '=', observableHashKey(observable.kind, observable.value))
    .where('o.kind', '=', observable.kind)
    .where('o.value', '=', observable.value)
    .orderBy('o.subject_type')
    .orderBy('o.subject_id')
    .limit(limit)
    .execute();
  return rows.map((r) => ({
    subjectType: r.subject_type,
    subjectId: r.subject_id,
    source: r.subject_type === 'stix' ? (r.source ?? 'local') : 'local',
    revoked: Number(r.revoked ?? 0) === 1,
  }));
}

const KEYS_PER_QUERY = 500;

/**
 * The subjects carrying each of many observables, `limit` per observable, in one query per 500
 * distinct values rather than one per value: what a large import correlates with. Same rows,
 * in the same order, as `matchesInTx` for each; the map is keyed by `kind NUL value`.
 */
export async function matchesForMany(
  tx: Tx,
  observables: readonly IndexedObservable[],
  limit = 200,
): Promise<Map<string, SubjectMatch[]>> {
  const wanted = new Map<string, IndexedObservable>();
  for (const o of observables) wanted.set(matchKey(o), o);
  const found = new Map<string, SubjectMatch[]>([...wanted.keys()].map((k) => [k, []]));
  const all = [...wanted.values()];
  for (let i = 0; i < all.length; i += KEYS_PER_QUERY) {
    const keys = [
      ...new Set(all.slice(i, i + KEYS_PER_QUERY).map((o) => observableHashKey(o.kind, o.value))),
    ];
    // Numbered per (kind, value) so each keeps its first `limit` rows, as the single lookup does.
    const rows = await sql<{
      kind: string;
      value: string;
      subject_type: string;
      subject_id: string;
      source: string | null;
      revoked: number | null;
    }>`
      select kind, value, subject_type, subject_id, source, revoked from (
        select o.kind, o.value, o.subject_type, o.subject_id, s.source, s.revoked,
               row_number() over (partition by o.kind, o.value order by o.subject_type, o.subject_id) as n
        from observables o
        left join stix_objects s on s.id = o.subject_id and o.subject_type = 'stix' and s.is_current = 1
        where o.key in (${sql.join(keys)})
      ) numbered
      where n <= ${limit}
      order by kind, value, subject_type, subject_id
    `.execute(tx.db);
    for (const r of rows.rows) {
      const list = found.get(matchKey(r));
      if (!list) continue; // another value with the same hash key
      list.push({
        subjectType: r.subject_type,
        subjectId: r.subject_id,
        source: r.subject_type === 'stix' ? (r.source ?? 'local') : 'local',
        revoked: Number(r.revoked ?? 0) === 1,
      });
    }
  }
  return found;
}

export const matchKey = (o: { readonly kind: string; readonly value: string }): string =>
  `${o.kind}\0${o.value}`;
