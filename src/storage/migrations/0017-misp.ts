import type { Kysely } from 'kysely';

/**
 * MISP: every import of a MISP event (uploaded, posted through the MISP-compatible API, or
 * pulled from a feed) with its report, so a person can read afterwards what came in and what
 * was refused; the tags MISP clients have seen or added (for `tags/index`); and, per feed, the timestamp of each event already imported, so a pull fetches
 * only the events that changed.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('misp_imports')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('via', 'text', (c) => c.notNull())
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('user_id', 'text')
    .addColumn('event_uuid', 'text')
    .addColumn('event_info', 'text')
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('attributes', 'integer', (c) => c.notNull())
    .addColumn('converted', 'integer', (c) => c.notNull())
    .addColumn('kept_as_notes', 'integer', (c) => c.notNull())
    .addColumn('refused', 'integer', (c) => c.notNull())
    .addColumn('stored', 'integer', (c) => c.notNull())
    .addColumn('unchanged', 'integer', (c) => c.notNull())
    .addColumn('rejected', 'integer', (c) => c.notNull())
    .addColumn('error', 'text')
    .addColumn('report', 'text', (c) => c.notNull())
    .addColumn('started_at', 'text', (c) => c.notNull())
    .addColumn('finished_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('misp_imports_recent').on('misp_imports').column('finished_at').execute();
  await db.schema
    .createTable('misp_tags')
    .addColumn('name', 'text', (c) => c.primaryKey())
    .addColumn('colour', 'text', (c) => c.notNull())
    .addColumn('exportable', 'integer', (c) => c.notNull())
    .addColumn('origin', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('misp_feed_events')
    .addColumn('feed', 'text', (c) => c.notNull())
    .addColumn('event_uuid', 'text', (c) => c.notNull())
    .addColumn('timestamp', 'integer', (c) => c.notNull())
    .addColumn('imported_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('misp_feed_events_pk', ['feed', 'event_uuid'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('misp_feed_events').execute();
  await db.schema.dropTable('misp_tags').execute();
  await db.schema.dropTable('misp_imports').execute();
}
