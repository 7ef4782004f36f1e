import type { Kysely } from 'kysely';

/**
 * Until when this node may keep each object it received: the sender's transfer condition
 * `retentionUntil` (UNCC art. 36), as an instant. The retention pass erases what has expired.
 * One row per object, updated when a newer version arrives under other conditions.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('retention_deadlines')
    .addColumn('object_id', 'text', (c) => c.primaryKey())
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('retain_until', 'text', (c) => c.notNull())
    // The condition as the sender wrote it, cited when the object is erased.
    .addColumn('condition', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('retention_deadlines_due')
    .on('retention_deadlines')
    .column('retain_until')
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('retention_deadlines').execute();
}
