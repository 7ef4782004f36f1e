import type { Kysely } from 'kysely';

/**
 * Status-and-progress queries on a request: asked by the requesting node, answered by the
 * requested node (automatically, and again whenever an officer adds a note). Both nodes keep
 * the query and every answer received or sent, so either side can show what was said when.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('request_status_queries')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('request_id', 'text', (c) => c.notNull().references('requests.id'))
    // 'requesting': asked here; 'requested': received from the requesting node.
    .addColumn('side', 'text', (c) => c.notNull())
    .addColumn('peer', 'text', (c) => c.notNull().references('peers.node_id'))
    .addColumn('question', 'text')
    .addColumn('asked_by', 'text')
    .addColumn('asked_at', 'text', (c) => c.notNull())
    .addColumn('message_id', 'text', (c) => c.notNull())
    // JSON list of answers, oldest first (the automatic one, then any officer's note).
    .addColumn('answers', 'text', (c) => c.notNull())
    .addColumn('last_answered_at', 'text')
    .execute();
  await db.schema
    .createIndex('request_status_queries_request')
    .on('request_status_queries')
    .columns(['request_id', 'asked_at'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('request_status_queries').execute();
}
