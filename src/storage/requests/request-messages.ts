/**
 * Which federation messages carried which request, in either direction: a request's page shows
 * the signed receipts of its own messages (accepted → delivered → opened → answered).
 */
import type { Reader, Tx } from '../database.js';
import type { RequestMessagesTable } from '../schema.js';

export async function recordRequestMessage(tx: Tx, row: RequestMessagesTable): Promise<void> {
  const known = await tx.db
    .selectFrom('request_messages')
    .select('message_id')
    .where('message_id', '=', row.message_id)
    .executeTakeFirst();
  if (!known) await tx.db.insertInto('request_messages').values(row).execute();
}

export async function requestMessages(db: Reader, requestId: string): Promise<RequestMessagesTable[]> {
  return db
    .selectFrom('request_messages')
    .selectAll()
    .where('request_id', '=', requestId)
    .orderBy('at')
    .orderBy('message_id')
    .execute();
}

/** The message that brought a request to this node (the first `request.events` received). */
export async function arrivalMessage(
  db: Reader,
  requestId: string,
): Promise<RequestMessagesTable | undefined> {
  return db
    .selectFrom('request_messages')
    .selectAll()
    .where('request_id', '=', requestId)
    .where('direction', '=', 'in')
    .where('type', '=', 'request.events')
    .orderBy('at')
    .limit(1)
    .executeTakeFirst();
}
