/** Reads of the STIX store: the current version of an object, pages by type, and history. */
import type { Database } from '../database.js';
import type { StixObjectsTable } from '../schema.js';
import type { StixObjectRecord, StoredStixObject } from './types.js';

/** The current version of `id`, or undefined when it was never stored. */
export async function getCurrentStixObject(
  database: Database,
  id: string,
): Promise<StoredStixObject | undefined> {
  const row = await database.db
    .selectFrom('stix_objects')
    .selectAll()
    .where('id', '=', id)
    .where('is_current', '=', 1)
    .executeTakeFirst();
  return row ? fromRow(row) : undefined;
}

/** Current versions of the given ids, in the order asked; unknown ids are left out. */
export async function getCurrentStixObjects(
  database: Database,
  ids: readonly string[],
): Promise<StoredStixObject[]> {
  const found = new Map<string, StoredStixObject>();
  // Bounded IN lists: PostgreSQL caps parameters per statement.
  for (let i = 0; i < ids.length; i += 500) {
    const rows = await database.db
      .selectFrom('stix_objects')
      .selectAll()
      .where('id', 'in', ids.slice(i, i + 500))
      .where('is_current', '=', 1)
      .execute();
    for (const row of rows) found.set(row.id, fromRow(row));
  }
  return ids.flatMap((id) => found.get(id) ?? []);
}

export interface StixPageQuery {
  /** Only this STIX type; every type when omitted. */
  readonly type?: string;
  /** Continue after this id (the `next` of the previous page). */
  readonly after?: string;
  /** Page size, 1–10,000 (default 100). */
  readonly limit?: number;
}

export interface StixPage {
  readonly objects: StoredStixObject[];
  /** Pass as `after` for the next page; absent on the last page. */
  readonly next?: string;
}

/** Current objects in id order, one page at a time (keyset paging: stable under inserts). */
export async function listCurrentStixObjects(
  database: Database,
  query: StixPageQuery = {},
): Promise<StixPage> {
  const limit = Math.min(Math.max(query.limit ?? 100, 1), 10_000);
  let q = database.db.selectFrom('stix_objects').selectAll().where('is_current', '=', 1);
  if (query.type !== undefined) q = q.where('type', '=', query.type);
  if (query.after !== undefined) q = q.where('id', '>', query.after);
  const rows = await q.orderBy('id').limit(limit).execute();
  const objects = rows.map(fromRow);
  const last = objects.at(-1);
  return rows.length === limit && last ? { objects, next: last.id } : { objects };
}

/** Every stored version of `id`, oldest first. */
export async function stixVersions(database: Database, id: string): Promise<StoredStixObject[]> {
  const rows = await database.db
    .selectFrom('stix_objects')
    .selectAll()
    .where('id', '=', id)
    .orderBy('modified')
    .execute();
  return rows.map(fromRow);
}

/**
 * Current relationships and sightings that touch `id` (as either end, or as what was sighted),
 * for exporting an incident with what is known about it.
 */
export async function currentEdgesOf(database: Database, id: string): Promise<StoredStixObject[]> {
  const rows = await database.db
    .selectFrom('stix_objects')
    .selectAll()
    .where('is_current', '=', 1)
    .where((eb) => eb.or([eb('source_ref', '=', id), eb('target_ref', '=', id)]))
    .orderBy('id')
    .execute();
  return rows.map(fromRow);
}

/** Number of current objects per type, for summaries. */
export async function countCurrentByType(database: Database): Promise<Record<string, number>> {
  const rows = await database.db
    .selectFrom('stix_objects')
    .select(['type', (eb) => eb.fn.countAll<number>().as('n')])
    .where('is_current', '=', 1)
    .groupBy('type')
    .execute();
  return Object.fromEntries(rows.map((r) => [r.type, Number(r.n)]));
}

/** One stored row as the store presents it. */
export function fromRow(row: StixObjectsTable): StoredStixObject {
  return {
    id: row.id,
    type: row.type,
    modified: row.modified,
    revoked: Number(row.revoked) === 1,
    current: Number(row.is_current) === 1,
    source: row.source,
    object: JSON.parse(row.object) as StixObjectRecord,
    shareContext: row.share_context === null ? null : (JSON.parse(row.share_context) as unknown),
    storedAt: row.stored_at,
  };
}
