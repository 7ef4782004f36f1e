import { type Kysely, sql } from 'kysely';
import type { MigrationContext } from './index.js';

/**
 * STIX 2.1 objects, every version of each, and the observable index used for correlation.
 *
 * `stix_objects` keys a version by (id, modified); `is_current` marks the newest one, so
 * reading the current object is one partial-index probe while history stays queryable.
 * `observables` holds one row per (kind, value, subject): correlation is a lookup on this
 * index, never a stored pairwise table, so its size grows linearly with the observables.
 */
export async function up(db: Kysely<unknown>, { dialect }: MigrationContext): Promise<void> {
  const int64 = dialect === 'postgres' ? 'bigint' : 'integer';
  await db.schema
    .createTable('stix_objects')
    .addColumn('id', 'text', (c) => c.notNull())
    // Normalised to nine fractional digits so text order is time order on both engines.
    .addColumn('modified', 'text', (c) => c.notNull())
    .addColumn('type', 'text', (c) => c.notNull())
    .addColumn('created_by_ref', 'text')
    .addColumn('revoked', 'integer', (c) => c.notNull())
    .addColumn('is_current', 'integer', (c) => c.notNull())
    // 'local', or the node id of the peer that sent this version.
    .addColumn('source', 'text', (c) => c.notNull())
    // Relationship and sighting ends, so an incident's neighbourhood is an index probe.
    .addColumn('source_ref', 'text')
    .addColumn('target_ref', 'text')
    // The object as JSON text; a re-import is compared as text, then canonically (RFC 8785).
    .addColumn('object', 'text', (c) => c.notNull())
    // JSON of the conditions it was received or shared under; null for local objects.
    .addColumn('share_context', 'text')
    .addColumn('stored_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('stix_objects_pk', ['id', 'modified'])
    .execute();
  // Also the guard against two concurrent imports each making a different version current.
  await db.schema
    .createIndex('stix_objects_current')
    .unique()
    .on('stix_objects')
    .column('id')
    .where(sql.ref('is_current'), '=', 1)
    .execute();
  await db.schema
    .createIndex('stix_objects_type')
    .on('stix_objects')
    .columns(['type', 'id'])
    .where(sql.ref('is_current'), '=', 1)
    .execute();
  for (const column of ['source_ref', 'target_ref'] as const) {
    await db.schema
      .createIndex(`stix_objects_${column}`)
      .on('stix_objects')
      .column(column)
      .where((eb) => eb.and([eb(sql.ref('is_current'), '=', 1), eb(sql.ref(column), 'is not', null)]))
      .execute();
  }

  await db.schema
    .createTable('observables')
    // First 53 bits of SHA-256(kind NUL value): an 8-byte index entry instead of the whole
    // value, safe as a JS number on both drivers; rows are checked against kind and value.
    .addColumn('key', int64, (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('value', 'text', (c) => c.notNull())
    // 'stix' (a STIX object id), later 'request' or 'incident': any subject can be indexed.
    .addColumn('subject_type', 'text', (c) => c.notNull())
    .addColumn('subject_id', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('observables_key').on('observables').column('key').execute();
  await db.schema
    .createIndex('observables_subject')
    .on('observables')
    .columns(['subject_id', 'subject_type'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('observables').execute();
  await db.schema.dropTable('stix_objects').execute();
}
