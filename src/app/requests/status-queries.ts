/**
 * Status-and-progress queries as users see them. The requesting side asks (the query travels
 * to the requested node, which answers by itself); an officer of the requested side may answer
 * again with a note; both sides list the queries with every answer. On the requesting side the
 * listing says whether the latest answer reports a version our replica has not reached yet.
 */
import { randomUUID } from 'node:crypto';
import type { Principal } from '../../core/accounts/roles.js';
import type { CommandContext } from '../../core/context.js';
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from '../../core/errors.js';
import type { RequestState } from '../../core/legal/lifecycle/state.js';
import type { RegimeRegistry } from '../../core/legal/regimes/registry.js';
import { runCommand } from '../../storage/command.js';
import type { Database } from '../../storage/database.js';
import {
  findStatusQuery,
  insertStatusQuery,
  listStatusQueries,
  type StatusAnswer,
  type StoredStatusQuery,
} from '../../storage/requests/status-queries.js';
import type { Courier } from '../../federation/messages/message-type.js';
import { peerServing } from '../../federation/peers/peers-store.js';
import { STATUS_QUERY } from './messages.js';
import { loadForPrincipal } from './requests.js';
import { sendStatusAnswer } from './status-query-messages.js';
import { sendAboutRequest } from './carried-messages.js';

export interface StatusQueryView extends Omit<StoredStatusQuery, 'answers'> {
  readonly status: 'pending' | 'answered';
  readonly answers: readonly StatusAnswer[];
  readonly latest: StatusAnswer | null;
  /** This node's copy of the request, against the latest answer. */
  readonly replica: { readonly version: number; readonly behind: boolean };
}

function present(query: StoredStatusQuery, state: RequestState): StatusQueryView {
  const latest = query.answers.at(-1) ?? null;
  return {
    ...query,
    status: latest ? 'answered' : 'pending',
    latest,
    replica: { version: state.version, behind: latest !== null && latest.report.version > state.version },
  };
}

interface Deps {
  readonly database: Database;
  readonly courier: Courier;
}

/** The requesting side asks the requested node how the request stands (202: the answer follows). */
export async function askRequestStatus(
  deps: Deps,
  ctx: CommandContext,
  principal: Principal,
  requestId: string,
  question?: string,
): Promise<StatusQueryView> {
  const stored = await loadForPrincipal(deps.database, principal, requestId);
  const state = stored.state;
  if (stored.side !== 'requesting')
    throw new ForbiddenError(
      'wrong_side',
      'only the requesting State asks for the status; this node holds the request itself',
      { side: stored.side },
    );
  if (state.status === 'draft')
    throw new ConflictError(
      'request_not_submitted',
      'the request has not been submitted; there is no one to ask',
      {
        status: state.status,
      },
    );
  const trimmed = question?.trim();
  const id = randomUUID();
  const askedAt = ctx.clock.now().toISOString();
  await runCommand(deps.database, ctx, async (tx) => {
    const peer = await peerServing(tx.db, state.requestedState);
    const sent = await sendAboutRequest(tx, deps.courier, STATUS_QUERY, peer, {
      queryId: id,
      requestId,
      requestingState: state.requestingState,
      requestedState: state.requestedState,
      askedAt,
      askedBy: principal.userId,
      ...(trimmed ? { question: trimmed } : {}),
    });
    await insertStatusQuery(tx, {
      id,
      requestId,
      side: 'requesting',
      peer,
      question: trimmed || null,
      askedBy: principal.userId,
      askedAt,
      messageId: sent.messageId,
    });
    return {
      value: null,
      audit: [
        sent.audit,
        {
          actor: ctx.actor,
          action: 'request.status_query',
          subjectType: 'request',
          subjectId: requestId,
          legalBasis: `${state.regime} ${state.instrument}`,
          details: {
            queryId: id,
            to: state.requestedState,
            messageId: sent.messageId,
            question: trimmed || null,
          },
        },
      ],
    };
  });
  return present((await findStatusQuery(deps.database.db, requestId, id))!, state);
}

/** An officer of the requested side answers a query again, with a note, from the current state. */
export async function answerRequestStatus(
  deps: Deps & { readonly registry: RegimeRegistry },
  ctx: CommandContext,
  principal: Principal,
  requestId: string,
  queryId: string,
  note: string,
): Promise<StatusQueryView> {
  const stored = await loadForPrincipal(deps.database, principal, requestId);
  if (stored.side !== 'requested')
    throw new ForbiddenError('wrong_side', 'only the requested State answers status queries', {
      side: stored.side,
    });
  const s = stored.state;
  const roles =
    deps.registry.resolve(s.regime, s.instrument, s.requestingState, s.requestedState).instrument
      .receiverRoles?.value ?? [];
  const role = principal.roles.find((r) => (roles as readonly string[]).includes(r));
  if (!role)
    throw new ForbiddenError(
      'role_not_permitted',
      `answering for a ${s.instrument} request needs one of: ${roles.join(', ')}`,
      { roles },
    );
  const text = note.trim();
  if (!text)
    throw new ValidationError(
      'a note is required',
      [{ path: '/note', message: 'must not be empty' }],
      'note_required',
    );
  const query = await findStatusQuery(deps.database.db, requestId, queryId);
  if (!query) throw new NotFoundError('status_query', queryId);
  await runCommand(deps.database, ctx, async (tx) => {
    // The freshest state: the answer must not report less than the node already decided.
    const row = await tx.db
      .selectFrom('requests')
      .select('state')
      .where('id', '=', requestId)
      .executeTakeFirstOrThrow();
    const state = JSON.parse(row.state) as RequestState;
    const sent = await sendStatusAnswer(tx, deps.courier, query, state, {
      automatic: false,
      note: text,
      role,
      at: ctx.clock.now().toISOString(),
      actor: ctx.actor,
    });
    return {
      value: null,
      audit: [
        ...sent,
        {
          actor: ctx.actor,
          action: 'request.status_answer',
          subjectType: 'request',
          subjectId: requestId,
          legalBasis: `${state.regime} ${state.instrument}`,
          details: { queryId, role, note: text },
        },
      ],
    };
  });
  const after = await loadForPrincipal(deps.database, principal, requestId);
  return present((await findStatusQuery(deps.database.db, requestId, queryId))!, after.state);
}

export async function listRequestStatusQueries(
  database: Database,
  principal: Principal,
  requestId: string,
): Promise<StatusQueryView[]> {
  const stored = await loadForPrincipal(database, principal, requestId);
  return (await listStatusQueries(database.db, requestId)).map((q) => present(q, stored.state));
}
