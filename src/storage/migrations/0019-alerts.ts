import type { Kysely } from 'kysely';

/**
 * Multilateral alerts: one logical message (an alert, or spontaneous information) sent to many
 * States at once, with one row per recipient naming the envelope that carries it there; and the
 * alerts this node received, with when a person opened and answered each.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('alerts_sent')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('tlp', 'text', (c) => c.notNull())
    .addColumn('sent_by', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('alerts_sent_recent').on('alerts_sent').column('created_at').execute();
  await db.schema
    .createTable('alert_recipients')
    .addColumn('alert_id', 'text', (c) => c.notNull())
    .addColumn('peer', 'text', (c) => c.notNull())
    .addColumn('state', 'text', (c) => c.notNull())
    .addColumn('message_id', 'text', (c) => c.notNull())
    .addColumn('answer', 'text')
    .addColumn('answered_at', 'text')
    .addPrimaryKeyConstraint('alert_recipients_pk', ['alert_id', 'peer'])
    .execute();
  await db.schema
    .createTable('alerts_received')
    .addColumn('from_node', 'text', (c) => c.notNull())
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('from_state', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('tlp', 'text', (c) => c.notNull())
    .addColumn('recipients', 'text', (c) => c.notNull())
    .addColumn('message_id', 'text', (c) => c.notNull())
    .addColumn('sent_at', 'text', (c) => c.notNull())
    .addColumn('received_at', 'text', (c) => c.notNull())
    .addColumn('opened_at', 'text')
    .addColumn('opened_by', 'text')
    .addColumn('answer', 'text')
    .addColumn('answered_at', 'text')
    .addColumn('answered_by', 'text')
    .addPrimaryKeyConstraint('alerts_received_pk', ['from_node', 'id'])
    .execute();
  await db.schema.createIndex('alerts_received_recent').on('alerts_received').column('received_at').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('alerts_received').execute();
  await db.schema.dropTable('alert_recipients').execute();
  await db.schema.dropTable('alerts_sent').execute();
}
