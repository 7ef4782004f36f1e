import type { Kysely } from 'kysely';
import type { MigrationContext } from './index.js';

/**
 * Cooperation requests as an append-only event log (`request_events`) plus the derived current
 * state (`requests`, a cache of the fold, rewritten with each append under a version check).
 */
export async function up(db: Kysely<unknown>, _ctx: MigrationContext): Promise<void> {
  await db.schema
    .createTable('requests')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('case_id', 'text', (c) => c.references('cases.id'))
    .addColumn('side', 'text', (c) => c.notNull())
    .addColumn('regime', 'text', (c) => c.notNull())
    .addColumn('instrument', 'text', (c) => c.notNull())
    .addColumn('requesting_state', 'text', (c) => c.notNull())
    .addColumn('requested_state', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('state', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('requests_case').on('requests').column('case_id').execute();
  await db.schema.createIndex('requests_status').on('requests').columns(['status', 'updated_at']).execute();

  await db.schema
    .createTable('request_events')
    .addColumn('request_id', 'text', (c) => c.notNull().references('requests.id'))
    .addColumn('seq', 'integer', (c) => c.notNull())
    .addColumn('type', 'text', (c) => c.notNull())
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('automatic', 'integer', (c) => c.notNull())
    .addColumn('event', 'text', (c) => c.notNull())
    // Two writers deciding from the same version collide here: exactly one wins.
    .addPrimaryKeyConstraint('request_events_pk', ['request_id', 'seq'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('request_events').execute();
  await db.schema.dropTable('requests').execute();
}
