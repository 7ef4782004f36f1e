/**
 * The object versions of a TAXII collection in `date_added` order, one keyset page at a time.
 * A collection is a scope over the STIX store: every stored version (the public and community
 * collections, which the application narrows by marking), the objects of one incident, or the
 * versions posted to a writable collection. The caller's rights are decided above this, per
 * row; this only reads in order, so the application can read on until a page is full.
 */
import { createHash } from 'node:crypto';
import { CompiledQuery } from 'kysely';
import type { VersionFilter } from '../../core/taxii/query.js';
import type { Database, Tx } from '../database.js';

export type CollectionScope =
  | { readonly kind: 'everything' }
  | { readonly kind: 'incident'; readonly incidentId: string; readonly incidentStixId: string }
  | { readonly kind: 'posted'; readonly collectionId: string };

/** Where a page stopped: the next page starts strictly after it. */
export interface RowPosition {
  readonly dateAdded: string;
  readonly id: string;
  readonly modified: string;
}

export interface RowFilter {
  readonly objectId?: string;
  readonly ids?: readonly string[];
  readonly types?: readonly string[];
  readonly versions: VersionFilter;
  /** Only versions added strictly after this stored instant. */
  readonly addedAfter?: string;
  readonly after?: RowPosition;
  readonly limit: number;
}

export interface CollectionRow {
  readonly id: string;
  readonly modified: string;
  readonly type: string;
  readonly object: string;
  readonly share_context: string | null;
  readonly source: string;
  readonly revoked: number;
  readonly date_added: string;
  /** 1 when the peer that sent the object withdrew it (hidden from everyone). */
  readonly withdrawn: number;
}

/** Builds SQL text with each dialect's placeholders. */
class Statement {
  readonly values: unknown[] = [];
  constructor(private readonly postgres: boolean) {}
  p(value: unknown): string {
    this.values.push(value);
    return this.postgres ? `$${this.values.length}` : '?';
  }
  list(values: readonly unknown[]): string {
    return values.map((v) => this.p(v)).join(', ');
  }
}

const COLUMNS =
  's.id, s.modified, s.type, s.object, s.share_context, s.source, s.revoked, CASE WHEN EXISTS (SELECT 1 FROM withdrawn_objects w WHERE w.object_id = s.id) THEN 1 ELSE 0 END AS withdrawn';

export async function collectionRows(
  database: Database | Tx,
  scope: CollectionScope,
  filter: RowFilter,
): Promise<CollectionRow[]> {
  const postgres = buildSql(true, scope, filter);
  // Paging without lists of values has one text per scope and filter shape: prepared once per
  // connection (a TAXII client reads page after page), rather than parsed and planned each time.
  const fixedShape =
    !filter.ids && !filter.types && (filter.versions.kind === 'all' || filter.versions.exact.length === 0);
  if (fixedShape && 'readPrepared' in database) {
    const sqlite = buildSql(false, scope, filter);
    const name = `taxii_${createHash('sha256').update(postgres.text).digest('hex').slice(0, 24)}`;
    return database.readPrepared<CollectionRow>(
      { name, sqlite: sqlite.text, postgres: postgres.text },
      postgres.values,
    );
  }
  const own = buildSql(database.dialect === 'postgres', scope, filter);
  const result = await database.db.executeQuery<CollectionRow>(CompiledQuery.raw(own.text, own.values));
  return result.rows;
}

function buildSql(
  postgres: boolean,
  scope: CollectionScope,
  filter: RowFilter,
): { text: string; values: unknown[] } {
  const q = new Statement(postgres);
  // SQLite numbers `?` by position in the text, so the parts are built in the order they are written.
  const dateAdded = dateAddedSql(q, scope);
  const { from, where } = scopeSql(q, scope);
  const conditions = [...where, ...filterSql(q, scope, filter)];
  const inner = `SELECT ${COLUMNS}, ${dateAdded} AS date_added FROM ${from}${conditions.length > 0 ? ` WHERE ${conditions.join(' AND ')}` : ''}`;
  const outer: string[] = [];
  if (filter.addedAfter !== undefined) outer.push(`c.date_added > ${q.p(filter.addedAfter)}`);
  if (filter.after) {
    const { dateAdded: at, id, modified } = filter.after;
    // The plain `>=` lets both engines seek the index to the page; the OR picks the exact spot.
    outer.push(
      `c.date_added >= ${q.p(at)} AND (c.date_added > ${q.p(at)} OR c.id > ${q.p(id)} OR (c.id = ${q.p(id)} AND c.modified > ${q.p(modified)}))`,
    );
  }
  const text = `SELECT * FROM (${inner}) c${outer.length > 0 ? ` WHERE ${outer.join(' AND ')}` : ''} ORDER BY c.date_added, c.id, c.modified LIMIT ${q.p(filter.limit)}`;
  return { text, values: q.values };
}

function scopeSql(q: Statement, scope: CollectionScope): { from: string; where: string[] } {
  switch (scope.kind) {
    case 'everything':
      return { from: 'stix_objects s', where: [] };
    case 'incident':
      return {
        from: 'stix_objects s',
        where: [
          `(s.id IN (SELECT object_id FROM incident_objects WHERE incident_id = ${q.p(scope.incidentId)}) OR s.id = ${q.p(scope.incidentStixId)})`,
        ],
      };
    case 'posted':
      return {
        from: 'taxii_collection_objects m JOIN stix_objects s ON s.id = m.object_id AND s.modified = m.modified',
        where: [`m.collection_id = ${q.p(scope.collectionId)}`],
      };
  }
}

/**
 * When a version joined the collection. In an incident, a version joins when it is stored or
 * when its object joins the incident, whichever is later, so a client polling with
 * `added_after` sees an old object that was just linked to the incident.
 */
function dateAddedSql(q: Statement, scope: CollectionScope): string {
  switch (scope.kind) {
    case 'everything':
      return 's.stored_at';
    case 'incident': {
      const joined = () =>
        `(SELECT added_at FROM incident_objects j WHERE j.incident_id = ${q.p(scope.incidentId)} AND j.object_id = s.id)`;
      return `CASE WHEN ${joined()} > s.stored_at THEN ${joined()} ELSE s.stored_at END`;
    }
    case 'posted':
      return 'm.added_at';
  }
}

function filterSql(q: Statement, scope: CollectionScope, filter: RowFilter): string[] {
  const where: string[] = [];
  if (filter.objectId !== undefined) where.push(`s.id = ${q.p(filter.objectId)}`);
  if (filter.ids) where.push(filter.ids.length > 0 ? `s.id IN (${q.list(filter.ids)})` : '1 = 0');
  if (filter.types) where.push(filter.types.length > 0 ? `s.type IN (${q.list(filter.types)})` : '1 = 0');
  const versions = filter.versions;
  if (versions.kind === 'some') {
    const any: string[] = [];
    // Which versions are first and last depends on what the collection holds.
    const pool =
      scope.kind === 'posted'
        ? `taxii_collection_objects x WHERE x.collection_id = m.collection_id AND x.object_id = s.id`
        : 'stix_objects x WHERE x.id = s.id';
    if (versions.last)
      any.push(
        scope.kind === 'posted' ? `s.modified = (SELECT MAX(x.modified) FROM ${pool})` : 's.is_current = 1',
      );
    if (versions.first) any.push(`s.modified = (SELECT MIN(x.modified) FROM ${pool})`);
    if (versions.exact.length > 0) any.push(`s.modified IN (${q.list(versions.exact)})`);
    where.push(any.length > 0 ? `(${any.join(' OR ')})` : '1 = 0');
  }
  return where;
}
