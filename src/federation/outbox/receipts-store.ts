/**
 * Signed receipts kept as evidence: those peers signed about our messages (`received`), and
 * those we signed about theirs (`sent`). The signed `at` is stored as is, because legal clocks
 * start from it, not from when we happened to store it.
 */
import { randomUUID } from 'node:crypto';
import type { Tx, Reader } from '../../storage/database.js';
import { isUniqueViolation } from '../../storage/database.js';
import type { ReceiptsTable } from '../../storage/schema.js';
import type { Receipt } from '../receipts/receipt.js';

export interface StoredReceipt {
  readonly messageId: string;
  readonly direction: 'sent' | 'received';
  readonly receiptType: string;
  readonly peer: string;
  readonly envelopeDigest: string;
  readonly signedAt: string;
  readonly compact: string;
  readonly storedAt: string;
}

/**
 * Stores a verified receipt once; a second copy of the same rung is ignored (returns false).
 * Uses "insert unless present" rather than catching the unique violation, because on
 * PostgreSQL a failed statement aborts the whole transaction.
 */
export async function storeReceipt(
  tx: Tx,
  input: { direction: 'sent' | 'received'; peer: string; receipt: Receipt; compact: string; now: Date },
): Promise<boolean> {
  const exists = await tx.db
    .selectFrom('receipts')
    .select('id')
    .where('message_id', '=', input.receipt.messageId)
    .where('receipt_type', '=', input.receipt.receiptType)
    .where('direction', '=', input.direction)
    .executeTakeFirst();
  if (exists) return false;
  try {
    await tx.db
      .insertInto('receipts')
      .values({
        id: randomUUID(),
        message_id: input.receipt.messageId,
        direction: input.direction,
        receipt_type: input.receipt.receiptType,
        peer: input.peer,
        envelope_digest: input.receipt.envelopeDigest,
        signed_at: input.receipt.at,
        compact: input.compact,
        stored_at: input.now.toISOString(),
      })
      .execute();
  } catch (error) {
    if (isUniqueViolation(error) && tx.dialect === 'sqlite') return false;
    throw error;
  }
  return true;
}

/** Every receipt about one message, weakest rung first. */
/** The rungs of the receipt ladder, in the order a message climbs them. */
const LADDER = ['accepted', 'delivered', 'opened', 'answered'];

/** Orders receipts by their rung on the ladder. */
export const byRung = (a: { receiptType: string }, b: { receiptType: string }): number =>
  LADDER.indexOf(a.receiptType) - LADDER.indexOf(b.receiptType);

export async function receiptsOf(db: Reader, messageId: string): Promise<StoredReceipt[]> {
  const rows = await db.selectFrom('receipts').selectAll().where('message_id', '=', messageId).execute();
  return rows.map(toStored).sort((a, b) => byRung(a, b) || a.direction.localeCompare(b.direction));
}

function toStored(row: ReceiptsTable): StoredReceipt {
  return {
    messageId: row.message_id,
    direction: row.direction,
    receiptType: row.receipt_type,
    peer: row.peer,
    envelopeDigest: row.envelope_digest,
    signedAt: row.signed_at,
    compact: row.compact,
    storedAt: row.stored_at,
  };
}
