/**
 * Correlation lookups inside a transaction: which other subjects carry an observable, with the
 * source each came from (the store's `source` for STIX objects; requests and incidents are
 * this node's own, 'local'). Rows are found by hash key and compared on kind and value.
 */
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
