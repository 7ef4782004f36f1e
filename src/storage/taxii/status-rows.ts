/** The status resources of TAXII POSTs (TAXII 2.1 §4.3), kept for clients to read back. */
import type { Reader, Tx } from '../database.js';
import type { TaxiiStatusTable } from './schema.js';

export interface StatusDetail {
  readonly id: string;
  readonly version: string;
  readonly message?: string;
}

export interface TaxiiStatusRecord {
  readonly id: string;
  readonly collectionId: string;
  readonly userId: string;
  readonly status: 'pending' | 'complete';
  readonly requestTimestamp: string;
  readonly completedAt: string | null;
  readonly successes: readonly StatusDetail[];
  readonly failures: readonly StatusDetail[];
  readonly pendings: readonly StatusDetail[];
}

export async function insertStatus(tx: Tx, record: TaxiiStatusRecord): Promise<void> {
  await tx.db
    .insertInto('taxii_status')
    .values({
      id: record.id,
      collection_id: record.collectionId,
      user_id: record.userId,
      status: record.status,
      request_timestamp: record.requestTimestamp,
      completed_at: record.completedAt,
      total_count: record.successes.length + record.failures.length + record.pendings.length,
      success_count: record.successes.length,
      failure_count: record.failures.length,
      pending_count: record.pendings.length,
      successes: JSON.stringify(record.successes),
      failures: JSON.stringify(record.failures),
      pendings: JSON.stringify(record.pendings),
    })
    .execute();
}

export async function readStatus(db: Reader, id: string): Promise<TaxiiStatusRecord | undefined> {
  const row = await db.selectFrom('taxii_status').selectAll().where('id', '=', id).executeTakeFirst();
  return row ? fromRow(row) : undefined;
}

/** Forgets statuses requested before `before`; returns how many. */
export async function forgetStatusesBefore(tx: Tx, before: string): Promise<number> {
  const result = await tx.db
    .deleteFrom('taxii_status')
    .where('request_timestamp', '<', before)
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}

function fromRow(row: TaxiiStatusTable): TaxiiStatusRecord {
  return {
    id: row.id,
    collectionId: row.collection_id,
    userId: row.user_id,
    status: row.status,
    requestTimestamp: row.request_timestamp,
    completedAt: row.completed_at,
    successes: JSON.parse(row.successes) as StatusDetail[],
    failures: JSON.parse(row.failures) as StatusDetail[],
    pendings: JSON.parse(row.pendings) as StatusDetail[],
  };
}

/** One person's statuses since `since`, newest first. */
export async function listStatuses(
  db: Reader,
  userId: string,
  since: string,
  limit: number,
): Promise<TaxiiStatusRecord[]> {
  const rows = await db
    .selectFrom('taxii_status')
    .selectAll()
    .where('user_id', '=', userId)
    .where('request_timestamp', '>=', since)
    .orderBy('request_timestamp', 'desc')
    .orderBy('id')
    .limit(limit)
    .execute();
  return rows.map(fromRow);
}
