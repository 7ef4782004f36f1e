/** Per-message delivery status, as the API shows it: where it is, its receipts and alerts. */
import type { Database } from '../../storage/database.js';
import { type DeliveryAlert, listAlerts } from './alerts.js';
import { byRung, type StoredReceipt, receiptsOf } from './receipts-store.js';

export interface OutgoingStatus {
  readonly messageId: string;
  readonly peer: string;
  readonly type: string;
  readonly digest: string;
  readonly status: 'pending' | 'accepted' | 'rejected';
  readonly attempts: number;
  readonly lastAttemptAt: string | null;
  readonly lastError: string | null;
  readonly createdAt: string;
  readonly expiresAt: string;
  /** The signed time of the peer's `accepted` receipt: legal clocks start here. */
  readonly acceptedAt: string | null;
  readonly receipts: readonly StoredReceipt[];
  readonly alerts: readonly DeliveryAlert[];
}

/** Status of one message this node sent, or undefined. */
export async function outgoingStatus(
  database: Database,
  messageId: string,
): Promise<OutgoingStatus | undefined> {
  const row = await database.db
    .selectFrom('outbox')
    .selectAll()
    .where('message_id', '=', messageId)
    .executeTakeFirst();
  if (!row) return undefined;
  return {
    messageId: row.message_id,
    peer: row.peer,
    type: row.type,
    digest: row.digest,
    status: row.status,
    attempts: row.attempts,
    lastAttemptAt: row.last_attempt_at,
    lastError: row.last_error,
    createdAt: row.created_at,
    expiresAt: row.expires_at,
    acceptedAt: row.accepted_at,
    receipts: await receiptsOf(database.db, messageId),
    alerts: await listAlerts(database, { messageId }),
  };
}

/** Recent outgoing messages, newest first, optionally for one peer or status. */
export async function listOutgoing(
  database: Database,
  filter: { peer?: string; status?: string; limit?: number } = {},
) {
  let q = database.db
    .selectFrom('outbox')
    .select(['message_id', 'peer', 'type', 'status', 'attempts', 'created_at', 'accepted_at', 'last_error']);
  if (filter.peer) q = q.where('peer', '=', filter.peer);
  if (filter.status) q = q.where('status', '=', filter.status as 'pending');
  const rows = await q
    .orderBy('seq', 'desc')
    .limit(filter.limit ?? 100)
    .execute();
  return rows.map((r) => ({
    messageId: r.message_id,
    peer: r.peer,
    type: r.type,
    status: r.status,
    attempts: r.attempts,
    createdAt: r.created_at,
    acceptedAt: r.accepted_at,
    lastError: r.last_error,
  }));
}

export interface DeliverySummary {
  readonly messageId: string;
  readonly peer: string;
  readonly status: 'pending' | 'accepted' | 'rejected';
  readonly attempts: number;
  readonly lastError: string | null;
  /** The peer's signed receipts for the message, in ladder order (accepted first). */
  readonly receipts: Array<{ readonly receiptType: string; readonly signedAt: string }>;
}

const CHUNK = 500;

/**
 * Where each of many messages stands, in two queries per 500 messages rather than three per
 * message, and without reading the envelopes: what a list of shares shows beside each one.
 * Messages this node never sent are left out; the order is that of `messageIds`.
 */
export async function deliverySummaries(
  database: Database,
  messageIds: readonly string[],
): Promise<DeliverySummary[]> {
  const rows = new Map<
    string,
    { peer: string; status: DeliverySummary['status']; attempts: number; lastError: string | null }
  >();
  const receipts = new Map<string, Array<{ receiptType: string; signedAt: string }>>();
  for (let i = 0; i < messageIds.length; i += CHUNK) {
    const ids = messageIds.slice(i, i + CHUNK);
    for (const r of await database.db
      .selectFrom('outbox')
      .select(['message_id', 'peer', 'status', 'attempts', 'last_error'])
      .where('message_id', 'in', ids)
      .execute())
      rows.set(r.message_id, {
        peer: r.peer,
        status: r.status,
        attempts: r.attempts,
        lastError: r.last_error,
      });
    for (const r of await database.db
      .selectFrom('receipts')
      .select(['message_id', 'receipt_type', 'signed_at'])
      .where('message_id', 'in', ids)
      .where('direction', '=', 'received')
      .execute()) {
      const list = receipts.get(r.message_id) ?? [];
      list.push({ receiptType: r.receipt_type, signedAt: r.signed_at });
      receipts.set(r.message_id, list);
    }
  }
  return messageIds.flatMap((messageId) => {
    const row = rows.get(messageId);
    if (!row) return [];
    return [{ messageId, ...row, receipts: (receipts.get(messageId) ?? []).sort(byRung) }];
  });
}
