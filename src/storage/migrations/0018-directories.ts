import type { Kysely } from 'kysely';

/**
 * Directories of nodes (docs/FEDERATION.md §17): those this node trusts, with the copy it
 * mirrors and the head it last accepted; those it operates, with their sealed signing key;
 * every entry in order; what went wrong (a split view, a refused copy, a listing that
 * contradicts a peer confirmed by hand); and, on each peer, the directory it was trusted through.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('directories')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('role', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('source', 'text')
    .addColumn('key_kid', 'text', (c) => c.notNull())
    .addColumn('key_jwk', 'text', (c) => c.notNull())
    .addColumn('sealed_key', 'text')
    .addColumn('witnesses', 'text', (c) => c.notNull())
    .addColumn('quorum', 'integer', (c) => c.notNull())
    .addColumn('cosign', 'integer', (c) => c.notNull())
    .addColumn('size', 'integer', (c) => c.notNull())
    .addColumn('root', 'text', (c) => c.notNull())
    .addColumn('head', 'text')
    .addColumn('cosignatures', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('last_error', 'text')
    .addColumn('verified_at', 'text')
    .addColumn('added_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('directory_entries')
    .addColumn('directory_id', 'text', (c) => c.notNull())
    .addColumn('idx', 'integer', (c) => c.notNull())
    .addColumn('entry', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('directory_entries_pk', ['directory_id', 'idx'])
    .execute();
  await db.schema
    .createTable('directory_alerts')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('directory_id', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('detail', 'text', (c) => c.notNull())
    .addColumn('evidence', 'text', (c) => c.notNull())
    .addColumn('source', 'text')
    .addColumn('raised_at', 'text', (c) => c.notNull())
    .addColumn('resolved_at', 'text')
    .execute();
  await db.schema
    .createIndex('directory_alerts_by_directory')
    .on('directory_alerts')
    .columns(['directory_id', 'raised_at'])
    .execute();
  await db.schema.alterTable('peers').addColumn('trusted_via', 'text').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('peers').dropColumn('trusted_via').execute();
  await db.schema.dropTable('directory_alerts').execute();
  await db.schema.dropTable('directory_entries').execute();
  await db.schema.dropTable('directories').execute();
}
