import type { Kysely } from 'kysely';

/**
 * The TAXII 2.1 server: which object versions were posted to a writable collection (the
 * inbox), and the status of each POST, kept for TAXII clients to read back (at least 24 hours,
 * §4.3). The index on `stix_objects` keeps the public and community collections a keyset
 * read in `date_added` order however many objects the node holds.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('taxii_collection_objects')
    .addColumn('collection_id', 'text', (c) => c.notNull())
    .addColumn('object_id', 'text', (c) => c.notNull())
    .addColumn('modified', 'text', (c) => c.notNull())
    .addColumn('added_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('taxii_collection_objects_pk', ['collection_id', 'object_id', 'modified'])
    .execute();
  await db.schema
    .createIndex('taxii_collection_objects_added')
    .on('taxii_collection_objects')
    .columns(['collection_id', 'added_at', 'object_id', 'modified'])
    .execute();
  await db.schema
    .createTable('taxii_status')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('collection_id', 'text', (c) => c.notNull())
    .addColumn('user_id', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('request_timestamp', 'text', (c) => c.notNull())
    .addColumn('completed_at', 'text')
    .addColumn('total_count', 'integer', (c) => c.notNull())
    .addColumn('success_count', 'integer', (c) => c.notNull())
    .addColumn('failure_count', 'integer', (c) => c.notNull())
    .addColumn('pending_count', 'integer', (c) => c.notNull())
    .addColumn('successes', 'text', (c) => c.notNull())
    .addColumn('failures', 'text', (c) => c.notNull())
    .addColumn('pendings', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('taxii_status_time').on('taxii_status').column('request_timestamp').execute();
  await db.schema
    .createIndex('stix_objects_stored')
    .on('stix_objects')
    .columns(['stored_at', 'id', 'modified'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex('stix_objects_stored').execute();
  await db.schema.dropTable('taxii_status').execute();
  await db.schema.dropTable('taxii_collection_objects').execute();
}
