import type { Kysely } from 'kysely';

/**
 * The federation page's traffic charts read one peer's messages over a span of days: outgoing
 * by the day they were queued, incoming by the day they arrived. These two indexes keep that
 * a range read however many messages the node has exchanged with others.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.createIndex('outbox_peer_created').on('outbox').columns(['peer', 'created_at']).execute();
  await db.schema
    .createIndex('inbox_messages_from_received')
    .on('inbox_messages')
    .columns(['from_node', 'received_at'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex('inbox_messages_from_received').execute();
  await db.schema.dropIndex('outbox_peer_created').execute();
}
