import type { Kysely } from 'kysely';
import type { MigrationContext } from './index.js';

/**
 * Federation: this node's keys (sealed at rest), trusted peers, the transactional outbox, the
 * inbox's replay memory, signed receipts and delivery alerts.
 */
export async function up(db: Kysely<unknown>, { dialect }: MigrationContext): Promise<void> {
  const serial = dialect === 'postgres' ? 'bigserial' : 'integer';

  await db.schema
    .createTable('federation_keys')
    .addColumn('kid', 'text', (c) => c.primaryKey())
    .addColumn('use', 'text', (c) => c.notNull())
    // Empty string for the node's own keys: a nullable column cannot take part in a unique key
    // the same way on both engines.
    .addColumn('authority', 'text', (c) => c.notNull())
    .addColumn('public_jwk', 'text', (c) => c.notNull())
    .addColumn('sealed', 'text', (c) => c.notNull())
    .addColumn('not_before', 'text', (c) => c.notNull())
    .addColumn('not_after', 'text')
    .addColumn('status', 'text', (c) => c.notNull())
    // For a key that replaced another: the announcement signed by the previous key, carried in
    // outgoing batches so peers learn the new key without a fresh out-of-band check.
    .addColumn('announcement', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('peers')
    .addColumn('node_id', 'text', (c) => c.primaryKey())
    .addColumn('url', 'text', (c) => c.notNull())
    .addColumn('state', 'text', (c) => c.notNull())
    .addColumn('fingerprint', 'text', (c) => c.notNull())
    .addColumn('card', 'text', (c) => c.notNull())
    .addColumn('keys', 'text', (c) => c.notNull())
    .addColumn('authorities', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('failures', 'integer', (c) => c.notNull())
    .addColumn('next_attempt_at', 'text')
    .addColumn('last_error', 'text')
    .addColumn('lease_owner', 'text')
    .addColumn('lease_until', 'text')
    .addColumn('added_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('outbox')
    .addColumn('seq', serial, (c) => c.primaryKey())
    .addColumn('message_id', 'text', (c) => c.notNull().unique())
    .addColumn('peer', 'text', (c) => c.notNull().references('peers.node_id'))
    .addColumn('type', 'text', (c) => c.notNull())
    .addColumn('envelope', 'text', (c) => c.notNull())
    .addColumn('digest', 'text', (c) => c.notNull())
    .addColumn('bytes', 'integer', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('attempts', 'integer', (c) => c.notNull())
    .addColumn('last_attempt_at', 'text')
    .addColumn('last_error', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('expires_at', 'text', (c) => c.notNull())
    .addColumn('accepted_at', 'text')
    .addColumn('alerted_at', 'text')
    .execute();
  await db.schema
    .createIndex('outbox_peer_status_seq')
    .on('outbox')
    .columns(['peer', 'status', 'seq'])
    .execute();
  await db.schema
    .createIndex('outbox_status_created')
    .on('outbox')
    .columns(['status', 'created_at'])
    .execute();

  await db.schema
    .createTable('inbox_messages')
    .addColumn('message_id', 'text', (c) => c.primaryKey())
    .addColumn('from_node', 'text', (c) => c.notNull())
    .addColumn('from_authority', 'text')
    .addColumn('to_authority', 'text')
    .addColumn('type', 'text', (c) => c.notNull())
    .addColumn('digest', 'text', (c) => c.notNull())
    .addColumn('envelope', 'text', (c) => c.notNull())
    .addColumn('payload', 'text', (c) => c.notNull())
    .addColumn('batch_id', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('expires_at', 'text', (c) => c.notNull())
    .addColumn('received_at', 'text', (c) => c.notNull())
    .addColumn('receipt', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('inbox_messages_expires').on('inbox_messages').column('expires_at').execute();

  await db.schema
    .createTable('receipts')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('message_id', 'text', (c) => c.notNull())
    // 'sent' = we signed it about a message we received; 'received' = a peer signed it about ours.
    .addColumn('direction', 'text', (c) => c.notNull())
    .addColumn('receipt_type', 'text', (c) => c.notNull())
    .addColumn('peer', 'text', (c) => c.notNull())
    .addColumn('envelope_digest', 'text', (c) => c.notNull())
    .addColumn('signed_at', 'text', (c) => c.notNull())
    .addColumn('compact', 'text', (c) => c.notNull())
    .addColumn('stored_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('receipts_message_type_direction', ['message_id', 'receipt_type', 'direction'])
    .execute();

  await db.schema
    .createTable('delivery_alerts')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('message_id', 'text', (c) => c.notNull())
    .addColumn('peer', 'text', (c) => c.notNull())
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('detail', 'text', (c) => c.notNull())
    .addColumn('raised_at', 'text', (c) => c.notNull())
    .addColumn('resolved_at', 'text')
    .execute();
  await db.schema.createIndex('delivery_alerts_message').on('delivery_alerts').column('message_id').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of ['delivery_alerts', 'receipts', 'inbox_messages', 'outbox', 'peers', 'federation_keys'])
    await db.schema.dropTable(table).execute();
}
