import type { Kysely } from 'kysely';
import type { MigrationContext } from './index.js';

/**
 * Evidence sent to, and received from, the other State of a request in chunk messages. Both
 * ends keep their progress here, so a transfer survives a restart of either node and resumes
 * from the last chunk queued (sender) or received (receiver).
 */
export async function up(db: Kysely<unknown>, { dialect }: MigrationContext): Promise<void> {
  const big = dialect === 'postgres' ? 'bigint' : 'integer';

  await db.schema
    .createTable('evidence_transfers_out')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('evidence_id', 'text', (c) => c.notNull().references('evidence.id'))
    .addColumn('request_id', 'text', (c) => c.notNull().references('requests.id'))
    .addColumn('peer', 'text', (c) => c.notNull().references('peers.node_id'))
    .addColumn('size', big, (c) => c.notNull())
    .addColumn('sha256', 'text', (c) => c.notNull())
    .addColumn('chunk_size', 'integer', (c) => c.notNull())
    .addColumn('chunk_count', 'integer', (c) => c.notNull())
    // Chunks 0 .. chunks_queued-1 are in the outbox; the pump continues from here.
    .addColumn('chunks_queued', 'integer', (c) => c.notNull())
    .addColumn('chunks_acknowledged', 'integer', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('reason', 'text')
    .addColumn('offer_message_id', 'text', (c) => c.notNull())
    .addColumn('remote_evidence_id', 'text')
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('evidence_transfers_out_request')
    .on('evidence_transfers_out')
    .column('request_id')
    .execute();
  await db.schema
    .createIndex('evidence_transfers_out_status')
    .on('evidence_transfers_out')
    .column('status')
    .execute();

  // Which outbox message carries which chunk: the window of chunks still pending is a join.
  await db.schema
    .createTable('evidence_transfer_chunks_out')
    .addColumn('transfer_id', 'text', (c) => c.notNull().references('evidence_transfers_out.id'))
    .addColumn('chunk_index', 'integer', (c) => c.notNull())
    .addColumn('message_id', 'text', (c) => c.notNull().unique())
    .addPrimaryKeyConstraint('evidence_transfer_chunks_out_pk', ['transfer_id', 'chunk_index'])
    .execute();

  await db.schema
    .createTable('evidence_transfers_in')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('from_node', 'text', (c) => c.notNull().references('peers.node_id'))
    .addColumn('request_id', 'text', (c) => c.notNull().references('requests.id'))
    .addColumn('case_id', 'text', (c) => c.notNull().references('cases.id'))
    .addColumn('remote_evidence_id', 'text', (c) => c.notNull())
    .addColumn('item_id', 'text')
    .addColumn('filename', 'text', (c) => c.notNull())
    .addColumn('media_type', 'text', (c) => c.notNull())
    .addColumn('size', big, (c) => c.notNull())
    .addColumn('sha256', 'text', (c) => c.notNull())
    .addColumn('chunk_size', 'integer', (c) => c.notNull())
    .addColumn('chunk_count', 'integer', (c) => c.notNull())
    .addColumn('chunks_received', 'integer', (c) => c.notNull())
    // One bit per chunk (hex, chunk 0 = most significant bit of the first byte).
    .addColumn('received_map', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('reason', 'text')
    // The local evidence id is chosen at the offer: chunks are sealed under it as they arrive.
    .addColumn('evidence_id', 'text', (c) => c.notNull().unique())
    .addColumn('key_sealed', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('evidence_transfers_in_request')
    .on('evidence_transfers_in')
    .column('request_id')
    .execute();
  await db.schema
    .createIndex('evidence_transfers_in_status')
    .on('evidence_transfers_in')
    .column('status')
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('evidence_transfers_in').execute();
  await db.schema.dropTable('evidence_transfer_chunks_out').execute();
  await db.schema.dropTable('evidence_transfers_out').execute();
}
