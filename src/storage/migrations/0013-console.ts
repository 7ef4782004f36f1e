import type { Kysely } from 'kysely';
import type { MigrationContext } from './index.js';

/**
 * What the web console needs from storage: each user's language; which federation messages
 * carried which request (so a request's page shows the signed receipts of its own messages);
 * and resumable evidence uploads, sealed chunk by chunk as they arrive.
 */
export async function up(db: Kysely<unknown>, { dialect }: MigrationContext): Promise<void> {
  await db.schema
    .alterTable('users')
    .addColumn('language', 'text', (c) => c.notNull().defaultTo('en'))
    .execute();
  await db.schema
    .createTable('request_messages')
    .addColumn('message_id', 'text', (c) => c.primaryKey())
    .addColumn('request_id', 'text', (c) => c.notNull())
    .addColumn('direction', 'text', (c) => c.notNull())
    .addColumn('type', 'text', (c) => c.notNull())
    .addColumn('peer', 'text', (c) => c.notNull())
    .addColumn('at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('request_messages_request')
    .on('request_messages')
    .columns(['request_id', 'at'])
    .execute();
  await db.schema
    .createTable('evidence_uploads')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('case_id', 'text', (c) => c.notNull().references('cases.id'))
    .addColumn('request_id', 'text')
    .addColumn('item_id', 'text')
    .addColumn('filename', 'text', (c) => c.notNull())
    .addColumn('media_type', 'text', (c) => c.notNull())
    .addColumn('size', dialect === 'postgres' ? 'bigint' : 'integer', (c) => c.notNull())
    .addColumn('expected_sha256', 'text')
    .addColumn('chunk_size', 'integer', (c) => c.notNull())
    .addColumn('chunk_count', 'integer', (c) => c.notNull())
    .addColumn('chunks_received', 'integer', (c) => c.notNull())
    .addColumn('received_map', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('evidence_id', 'text', (c) => c.notNull())
    .addColumn('key_sealed', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('evidence_uploads').execute();
  await db.schema.dropTable('request_messages').execute();
  await db.schema.alterTable('users').dropColumn('language').execute();
}
