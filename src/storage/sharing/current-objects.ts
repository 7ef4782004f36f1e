/**
 * Current STIX versions read through any handle, a transaction's included: on SQLite the
 * transaction holds the only connection, so reads inside a command must go through `tx.db`.
 */
import type { Reader } from '../database.js';
import type { StixObjectRecord, StoredStixObject } from './types.js';
import { fromRow } from './read-objects.js';

type Db = Reader;

export async function currentObjects(db: Db, ids: readonly string[]): Promise<StoredStixObject[]> {
  const found = new Map<string, StoredStixObject>();
  const unique = [...new Set(ids)];
  for (let i = 0; i < unique.length; i += 500) {
    const rows = await db
      .selectFrom('stix_objects')
      .selectAll()
      .where('id', 'in', unique.slice(i, i + 500))
      .where('is_current', '=', 1)
      .execute();
    for (const row of rows) found.set(row.id, fromRow(row));
  }
  return unique.flatMap((id) => found.get(id) ?? []);
}

export async function currentObject(db: Db, id: string): Promise<StoredStixObject | undefined> {
  return (await currentObjects(db, [id]))[0];
}

/** Marking definitions held, by id, to interpret non-standard markings. */
export async function heldMarkings(db: Db): Promise<Map<string, StixObjectRecord>> {
  const rows = await db
    .selectFrom('stix_objects')
    .select(['id', 'object'])
    .where('type', '=', 'marking-definition')
    .where('is_current', '=', 1)
    .execute();
  return new Map(rows.map((r) => [r.id, JSON.parse(r.object) as StixObjectRecord]));
}

/**
 * Current objects of a type whose id starts with `type--<prefix>`: how a MISP numeric id (the
 * first digits of a UUID) finds its object. The prefix is hex and dashes only, so it cannot
 * carry LIKE wildcards (LIKE rather than a range: text ranges follow the collation).
 */
export async function currentByIdPrefix(db: Db, type: string, prefix: string): Promise<StoredStixObject[]> {
  if (!/^[0-9a-f-]+$/.test(prefix)) return [];
  const rows = await db
    .selectFrom('stix_objects')
    .selectAll()
    .where('type', '=', type)
    .where('id', 'like', `${type}--${prefix}%`)
    .where('is_current', '=', 1)
    .limit(10)
    .execute();
  return rows.map(fromRow);
}
