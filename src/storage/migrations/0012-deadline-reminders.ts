import type { Kysely } from 'kysely';

/**
 * Reminders already sent for a request's running deadlines, so each fires once per deadline
 * instant (an extended deadline has a new instant and reminds again).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('deadline_reminders_sent')
    .addColumn('request_id', 'text', (c) => c.notNull().references('requests.id'))
    .addColumn('reminder_id', 'text', (c) => c.notNull())
    .addColumn('due_at', 'text', (c) => c.notNull())
    .addColumn('sent_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('deadline_reminders_sent_pk', ['request_id', 'reminder_id', 'due_at'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('deadline_reminders_sent').execute();
}
