import type { Kysely } from 'kysely';

/**
 * The TAXII client: remote collections this node subscribes to, each with where its poller
 * stands (the remote's `next` mid-way through a listing, the `added_after` it resumes from),
 * counted progress and the last error, and when it polls next (later after each failure).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('taxii_subscriptions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('collection_url', 'text', (c) => c.notNull())
    .addColumn('auth', 'text', (c) => c.notNull())
    .addColumn('username', 'text')
    .addColumn('secret', 'text')
    .addColumn('interval_seconds', 'integer', (c) => c.notNull())
    .addColumn('default_tlp', 'text', (c) => c.notNull())
    .addColumn('active', 'integer', (c) => c.notNull())
    .addColumn('added_after', 'text')
    .addColumn('next_cursor', 'text')
    .addColumn('objects_received', 'integer', (c) => c.notNull())
    .addColumn('objects_refused', 'integer', (c) => c.notNull())
    .addColumn('pages', 'integer', (c) => c.notNull())
    .addColumn('failures', 'integer', (c) => c.notNull())
    .addColumn('last_error', 'text')
    .addColumn('last_polled_at', 'text')
    .addColumn('last_success_at', 'text')
    .addColumn('next_poll_at', 'text', (c) => c.notNull())
    .addColumn('polling_until', 'text')
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('taxii_subscriptions_due')
    .on('taxii_subscriptions')
    .columns(['active', 'next_poll_at'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('taxii_subscriptions').execute();
}
