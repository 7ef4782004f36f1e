/**
 * Status-and-progress queries across nodes. The requesting node sends `request.status_query`;
 * the requested node, which holds the authoritative log, answers at once with
 * `request.status_answer` carrying a report derived from its state (version, status, per-item
 * progress, running deadlines, last event), and again whenever an officer adds a note. An
 * answer may report a version the requesting node's replica has not reached yet (the events
 * are still on their way); the requesting node records where its replica stood on arrival.
 */
import type { AuditActor, AuditEntry } from '../../core/audit/chain.js';
import type { Clock } from '../../core/clock.js';
import { ConflictError, DomainError, ValidationError } from '../../core/errors.js';
import type { RequestState } from '../../core/legal/lifecycle/state.js';
import { statusReport } from '../../core/legal/lifecycle/status-report.js';
import { type Courier, type MessageBinding, on } from '../../federation/messages/message-type.js';
import type { Tx } from '../../storage/database.js';
import {
  appendStatusAnswer,
  findStatusQuery,
  insertStatusQuery,
  type StatusAnswer,
  type StoredStatusQuery,
} from '../../storage/requests/status-queries.js';
import { STATUS_ANSWER, STATUS_QUERY, type StatusAnswerPayload } from './messages.js';
import { requestFromRequestingPeer } from './from-requesting-peer.js';
import { recordArrival, sendAboutRequest } from './carried-messages.js';

export interface StatusQueryDeps {
  readonly ourState: () => Promise<string | null>;
  readonly clock: Clock;
  readonly courier: Courier;
}

/**
 * Sends the requested node's answer to a query (in the caller's transaction) and keeps it with
 * the query; returns the audit entries of the sending.
 */
export async function sendStatusAnswer(
  tx: Tx,
  courier: Courier,
  query: StoredStatusQuery,
  state: RequestState,
  answer: { automatic: boolean; note?: string; role?: string; at: string; actor: AuditActor },
): Promise<AuditEntry[]> {
  const payload: StatusAnswerPayload = {
    queryId: query.id,
    requestId: query.requestId,
    answeredAt: answer.at,
    automatic: answer.automatic,
    ...(answer.note ? { note: answer.note } : {}),
    ...(answer.role ? { answeredBy: { role: answer.role } } : {}),
    report: statusReport(state),
  };
  const sent = await sendAboutRequest(tx, courier, STATUS_ANSWER, query.peer, payload);
  const { queryId: _q, requestId: _r, ...kept } = payload;
  await appendStatusAnswer(tx, query.requestId, query.id, { messageId: sent.messageId, ...kept });
  return [
    sent.audit,
    {
      actor: answer.actor,
      action: 'request.status_answer_sent',
      subjectType: 'request',
      subjectId: query.requestId,
      details: {
        queryId: query.id,
        messageId: sent.messageId,
        automatic: answer.automatic,
        version: state.version,
        status: state.status,
      },
    },
  ];
}

/** On the requested node: record the query and answer it at once from the current state. */
export function statusQueryHandler(deps: StatusQueryDeps): MessageBinding {
  return on(STATUS_QUERY, async ({ tx, message, payload: p, peer }) => {
    const from = peer.nodeId;
    const state = await requestFromRequestingPeer(tx, await deps.ourState(), peer, p);
    await recordArrival(tx, message, p.requestId);
    if (await findStatusQuery(tx.db, p.requestId, p.queryId))
      throw new ConflictError('duplicate_status_query', `status query ${p.queryId} was already received`);
    const query: StoredStatusQuery = {
      id: p.queryId,
      requestId: p.requestId,
      side: 'requested',
      peer: from,
      question: p.question ?? null,
      askedBy: p.askedBy ? `${from}:${p.askedBy}` : null,
      askedAt: p.askedAt,
      messageId: message.header.id,
      answers: [],
      lastAnsweredAt: null,
    };
    await insertStatusQuery(tx, query);
    const sent = await sendStatusAnswer(tx, deps.courier, query, state, {
      automatic: true,
      at: deps.clock.now().toISOString(),
      actor: { type: 'system', id: 'node' },
    });
    return [
      {
        actor: { type: 'peer', id: from },
        action: 'request.status_query_received',
        subjectType: 'request',
        subjectId: p.requestId,
        details: { queryId: p.queryId, question: p.question ?? null, messageId: message.header.id },
      },
      ...sent,
    ];
  });
}

/** On the requesting node: keep the answer with its query, noting whether it is ahead of our replica. */
export const statusAnswerHandler: MessageBinding = on(
  STATUS_ANSWER,
  async ({ tx, message, payload: p, peer }) => {
    if (p.report.requestId !== p.requestId)
      throw new ValidationError(`the report of a request.status_answer must be of request ${p.requestId}`);
    const from = peer.nodeId;
    const query = await findStatusQuery(tx.db, p.requestId, p.queryId);
    if (query?.side !== 'requesting')
      throw new DomainError('unknown_status_query', `no status query ${p.queryId} was asked here`);
    if (query.peer !== from)
      throw new DomainError('not_your_request', `status query ${p.queryId} was not sent to ${from}`);
    if (query.answers.some((a) => a.messageId === message.header.id)) return [];
    await recordArrival(tx, message, p.requestId);
    const row = await tx.db
      .selectFrom('requests')
      .select('version')
      .where('id', '=', p.requestId)
      .executeTakeFirstOrThrow();
    const replica = Number(row.version);
    const answer: StatusAnswer = {
      messageId: message.header.id,
      answeredAt: p.answeredAt,
      automatic: p.automatic,
      ...(p.note ? { note: p.note } : {}),
      ...(p.answeredBy ? { answeredBy: { role: String(p.answeredBy.role) } } : {}),
      report: p.report,
      replicaVersionOnArrival: replica,
    };
    await appendStatusAnswer(tx, p.requestId, p.queryId, answer);
    return [
      {
        actor: { type: 'peer', id: from },
        action: 'request.status_answered',
        subjectType: 'request',
        subjectId: p.requestId,
        details: {
          queryId: p.queryId,
          automatic: p.automatic,
          version: p.report.version,
          status: p.report.status,
          replicaVersion: replica,
          aheadOfReplica: p.report.version > replica,
        },
      },
    ];
  },
);
