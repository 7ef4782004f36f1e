/**
 * Status-and-progress queries on a request, as both nodes keep them: the query, and each
 * answer (the requested node's automatic report, then any officer's note) in arrival order.
 */
import type { StatusReport } from '../../core/legal/lifecycle/status-report.js';
import type { Tx, Reader } from '../database.js';
import type { RequestStatusQueriesTable } from '../schema.js';

/** One answer to a query, as sent by the requested node. */
export interface StatusAnswer {
  /** The `request.status_answer` message that carried it. */
  readonly messageId: string;
  readonly answeredAt: string;
  /** true for the node's own answer on arrival; false when an officer answered with a note. */
  readonly automatic: boolean;
  readonly note?: string;
  readonly answeredBy?: { readonly role: string };
  readonly report: StatusReport;
  /** Where this node's replica stood when the answer arrived (requesting side only). */
  readonly replicaVersionOnArrival?: number;
}

export interface StoredStatusQuery {
  readonly id: string;
  readonly requestId: string;
  readonly side: 'requesting' | 'requested';
  readonly peer: string;
  readonly question: string | null;
  readonly askedBy: string | null;
  readonly askedAt: string;
  readonly messageId: string;
  readonly answers: readonly StatusAnswer[];
  readonly lastAnsweredAt: string | null;
}

function fromRow(row: RequestStatusQueriesTable): StoredStatusQuery {
  return {
    id: row.id,
    requestId: row.request_id,
    side: row.side,
    peer: row.peer,
    question: row.question,
    askedBy: row.asked_by,
    askedAt: row.asked_at,
    messageId: row.message_id,
    answers: JSON.parse(row.answers) as StatusAnswer[],
    lastAnsweredAt: row.last_answered_at,
  };
}

export async function insertStatusQuery(
  tx: Tx,
  query: Omit<StoredStatusQuery, 'answers' | 'lastAnsweredAt'>,
): Promise<void> {
  await tx.db
    .insertInto('request_status_queries')
    .values({
      id: query.id,
      request_id: query.requestId,
      side: query.side,
      peer: query.peer,
      question: query.question,
      asked_by: query.askedBy,
      asked_at: query.askedAt,
      message_id: query.messageId,
      answers: '[]',
      last_answered_at: null,
    })
    .execute();
}

export async function findStatusQuery(
  db: Reader,
  requestId: string,
  queryId: string,
): Promise<StoredStatusQuery | undefined> {
  const row = await db
    .selectFrom('request_status_queries')
    .selectAll()
    .where('id', '=', queryId)
    .where('request_id', '=', requestId)
    .executeTakeFirst();
  return row ? fromRow(row) : undefined;
}

/** Appends an answer; reads the row inside the transaction so concurrent answers both stay. */
export async function appendStatusAnswer(
  tx: Tx,
  requestId: string,
  queryId: string,
  answer: StatusAnswer,
): Promise<void> {
  const current = await findStatusQuery(tx.db, requestId, queryId);
  if (!current) throw new TypeError(`no status query ${queryId} on request ${requestId}`);
  await tx.db
    .updateTable('request_status_queries')
    .set({ answers: JSON.stringify([...current.answers, answer]), last_answered_at: answer.answeredAt })
    .where('id', '=', queryId)
    .execute();
}

export async function listStatusQueries(db: Reader, requestId: string): Promise<StoredStatusQuery[]> {
  const rows = await db
    .selectFrom('request_status_queries')
    .selectAll()
    .where('request_id', '=', requestId)
    .orderBy('asked_at')
    .orderBy('id')
    .execute();
  return rows.map(fromRow);
}
