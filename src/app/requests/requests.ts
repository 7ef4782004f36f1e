/**
 * Cooperation requests on this node: drafting from a case, acting on a request through the
 * legal core's commands, and the safeguards review. The core decides (pure); this module loads
 * the log, persists the new events and their audit event in one transaction, and refuses a
 * decision taken on a stale version with 409.
 */
import { randomUUID } from 'node:crypto';
import type { Principal } from '../../core/accounts/roles.js';
import type { CommandContext } from '../../core/context.js';
import { ConflictError, DomainError, ForbiddenError, ValidationError } from '../../core/errors.js';
import type { AnyRequestCommand, CommandInput, RequestCommand } from '../../core/legal/lifecycle/decide.js';
import { decide } from '../../core/legal/lifecycle/decide.js';
import type { RequestEvent } from '../../core/legal/lifecycle/events.js';
import { applyEvents, fold } from '../../core/legal/lifecycle/fold.js';
import type { RequestState } from '../../core/legal/lifecycle/state.js';
import type { Urgency } from '../../core/legal/regimes/pack-schema.js';
import type { RegimeRegistry } from '../../core/legal/regimes/registry.js';
import type { Actor, Role as LegalRole, Side } from '../../core/legal/roles.js';
import type { ReceivedDataItem } from '../../core/legal/safeguards/onward-transfer.js';
import { reviewRequest, type SafeguardsReview } from '../../core/legal/safeguards/review.js';
import { runCommand } from '../../storage/command.js';
import type { Database } from '../../storage/database.js';
import {
  appendRequestEvents,
  getStoredRequest,
  insertRequest,
  listStoredRequests,
  requestEvents,
  type StoredRequest,
} from '../../storage/requests/request-store.js';
import { listVisibleCases, loadVisible } from '../cases/cases.js';
import type { Courier } from '../../federation/messages/message-type.js';
import { forwardRequestCommand, shareRequestEvents } from './share-events.js';
import { readNodeIdentity } from '../register/node-identity.js';
import { inboxAdmits, receivedInboxOf } from './received-inbox.js';
import { type AllowedUse, decideAndAuditDataUse, type UseProposalInput } from '../legal/audited-data-use.js';
import { signRung } from './carried-messages.js';
import { arrivalMessage } from '../../storage/requests/request-messages.js';
import { availableActions, type ActionAvailability } from '../../core/legal/lifecycle/available-actions.js';
import type { Clock } from '../../core/clock.js';

export interface RequestView {
  /** Set when the action was forwarded to the requested node, which decides it (202). */
  forwardedAs?: string;
  id: string;
  caseId: string | null;
  side: Side;
  state: RequestState;
  createdAt: string;
  updatedAt: string;
}

const present = (stored: StoredRequest): RequestView => ({ ...stored });

/** The legal actor for a principal: the role they act in must be one they hold. */
function actorFor(principal: Principal, side: Side, asRole?: string): Actor {
  const role = (asRole ?? principal.roles.find((r) => r !== 'admin') ?? principal.roles[0]) as LegalRole;
  if (!principal.roles.includes(role as Principal['roles'][number])) {
    throw new ForbiddenError('role_not_held', `you do not hold the role ${role}`);
  }
  return { userId: principal.userId, role, side };
}

/** The core validates commands; anything it did not anticipate in a payload is still a 400. */
function decideSafely(
  state: RequestState | undefined,
  command: AnyRequestCommand,
  ctx: Parameters<typeof decide>[2],
): readonly RequestEvent[] {
  try {
    return decide(state, command, ctx);
  } catch (error) {
    if (error instanceof DomainError) throw error;
    throw new ValidationError(
      `the ${command.type} command is malformed: ${(error as Error).message}`,
      [],
      'malformed_command',
    );
  }
}

export interface DraftInput {
  regime: string;
  instrument: string;
  requestedState: string;
  urgency?: Urgency;
  language?: string;
  fields: Record<string, unknown>;
  items: Array<Record<string, unknown>>;
  offences: Array<Record<string, unknown>>;
  linkedPreservationId?: string;
  role?: string;
}

export async function draftRequestInCase(
  database: Database,
  registry: RegimeRegistry,
  ctx: CommandContext,
  principal: Principal,
  caseId: string,
  input: DraftInput,
): Promise<RequestView> {
  await loadVisible(database.db, principal, caseId);
  const identity = await readNodeIdentity(database);
  if (!identity)
    throw new ConflictError(
      'node_not_configured',
      "this node's State is not set yet (PUT /api/node/identity)",
    );
  const requestId = randomUUID();
  const command = {
    type: 'draft',
    requestId,
    regime: input.regime,
    instrument: input.instrument,
    requestingState: identity.stateCode,
    requestedState: input.requestedState,
    ...(input.urgency ? { urgency: input.urgency } : {}),
    ...(input.language ? { language: input.language } : {}),
    fields: input.fields,
    items: input.items,
    offences: input.offences,
    ...(input.linkedPreservationId ? { linkedPreservationId: input.linkedPreservationId } : {}),
  } as unknown as AnyRequestCommand;
  const events = decideSafely(undefined, command, {
    clock: ctx.clock,
    registry,
    actor: actorFor(principal, 'requesting', input.role),
  });
  const state = fold(events);
  const now = ctx.clock.now().toISOString();
  await runCommand(database, ctx, async (tx) => {
    await insertRequest(tx, { id: requestId, caseId, side: 'requesting' }, events, state, now);
    return {
      value: null,
      audit: {
        actor: ctx.actor,
        action: 'request.draft',
        subjectType: 'request',
        subjectId: requestId,
        legalBasis: `${state.regime} ${state.instrument}`,
        details: { caseId, requestedState: state.requestedState },
      },
    };
  });
  return present(await getStoredRequest(database.db, requestId));
}

/** A request as the principal may see it: through its case, or the authority's inbox of received ones. */
export async function loadForPrincipal(
  database: Database,
  principal: Principal,
  id: string,
): Promise<StoredRequest> {
  const stored = await getStoredRequest(database.db, id);
  if (stored.caseId) {
    await loadVisible(database.db, principal, stored.caseId).catch(() => {
      throw new DomainError('request_not_found', `request ${id} does not exist`);
    });
  } else if (!inboxAdmits(await receivedInboxOf(database, principal), stored.state.channel)) {
    throw new DomainError('request_not_found', `request ${id} does not exist`);
  }
  return stored;
}

export async function getRequest(database: Database, principal: Principal, id: string): Promise<RequestView> {
  return present(await loadForPrincipal(database, principal, id));
}

/**
 * A person on the requested side has opened a received request: the first time, the node signs
 * the `opened` rung of the evidence ladder about its arrival and sends it to the requesting node.
 */
export async function markOpened(
  database: Database,
  ctx: CommandContext,
  courier: Courier,
  view: RequestView,
): Promise<void> {
  if (view.side !== 'requested' || ctx.actor.type !== 'user') return;
  const arrival = await arrivalMessage(database.db, view.id);
  if (!arrival) return;
  const opened = await database.db
    .selectFrom('receipts')
    .select('id')
    .where('message_id', '=', arrival.message_id)
    .where('direction', '=', 'sent')
    .where('receipt_type', '=', 'opened')
    .executeTakeFirst();
  if (opened) return;
  await runCommand(database, ctx, async (tx) => {
    const audit = await signRung(tx, courier, view.id, 'opened');
    return {
      value: null,
      audit:
        audit.length > 0
          ? audit
          : [{ actor: ctx.actor, action: 'request.opened', subjectType: 'request', subjectId: view.id }],
    };
  });
}

export async function getRequestEvents(
  database: Database,
  principal: Principal,
  id: string,
): Promise<RequestEvent[]> {
  await loadForPrincipal(database, principal, id);
  return requestEvents(database.db, id);
}

/** One page of the requests a person may see, most recently changed first. */
export interface RequestPage {
  readonly requests: RequestView[];
  /** Where the next page starts, when there may be one. */
  readonly next: string | null;
}

/** Opaque to callers: the (updated_at, id) of the last request a page looked at. */
export function encodeCursor(at: { readonly updatedAt: string; readonly id: string }): string {
  return Buffer.from(JSON.stringify([at.updatedAt, at.id])).toString('base64url');
}

function decodeCursor(cursor: string): { updatedAt: string; id: string } {
  try {
    const [updatedAt, id] = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown[];
    if (typeof updatedAt === 'string' && typeof id === 'string') return { updatedAt, id };
  } catch {
    // falls through to the error below
  }
  throw new ValidationError(
    'the cursor is not one this node gave out; start again without it',
    [{ path: '/cursor', message: 'not a cursor from a previous page' }],
    'invalid_cursor',
  );
}

export async function listRequests(
  database: Database,
  principal: Principal,
  options: { readonly status?: string; readonly limit?: number; readonly cursor?: string } = {},
): Promise<RequestPage> {
  const limit = options.limit ?? 200;
  const after = options.cursor ? decodeCursor(options.cursor) : undefined;
  const cases = await listVisibleCases(database, principal);
  // Requests received from other States and not yet filed are the inbox of their authority.
  const inbox = await receivedInboxOf(database, principal);
  const rows = await listStoredRequests(database, {
    caseIds: cases.map((c) => c.id),
    includeReceived: inbox === 'all' || inbox.length > 0,
    limit,
    ...(options.status ? { status: options.status } : {}),
    ...(after ? { after } : {}),
  });
  // The page is cut on the rows read, before the inbox filter, so no request falls between pages.
  const last = rows.at(-1);
  return {
    requests: rows.filter((r) => r.caseId !== null || inboxAdmits(inbox, r.state.channel)).map(present),
    next: rows.length === limit && last ? encodeCursor(last) : null,
  };
}

export async function reviewStoredRequest(
  database: Database,
  registry: RegimeRegistry,
  principal: Principal,
  id: string,
): Promise<SafeguardsReview> {
  const stored = await loadForPrincipal(database, principal, id);
  // The node's own register of States is the authority on accepted languages when it has them.
  const registered = await database.db
    .selectFrom('states')
    .select('languages')
    .where('code', '=', stored.state.requestedState)
    .executeTakeFirst();
  const languages = registered ? (JSON.parse(registered.languages) as string[]) : [];
  return reviewRequest(
    registry,
    stored.state,
    languages.length > 0
      ? { acceptedLanguages: { languages, source: 'register of States on this node' } }
      : {},
  );
}

/**
 * Applies one lifecycle command. `expectedVersion`, when given, must match the state the caller
 * looked at; either way, a concurrent decision from the same version makes this one fail with 409.
 */
export async function actOnRequest(
  database: Database,
  registry: RegimeRegistry,
  ctx: CommandContext,
  principal: Principal,
  id: string,
  command: CommandInput,
  options: { expectedVersion?: number; role?: string; courier?: Courier } = {},
): Promise<RequestView> {
  const stored = await loadForPrincipal(database, principal, id);
  const state = stored.state;
  if (options.expectedVersion !== undefined && options.expectedVersion !== state.version) {
    throw new ConflictError(
      'stale_version',
      `request ${id} is at version ${state.version}, not ${options.expectedVersion}; reload it`,
      {
        status: state.status,
        version: state.version,
      },
    );
  }
  const withId = { ...command, requestId: id } as unknown as RequestCommand;
  const events = decideSafely(state, withId, {
    clock: ctx.clock,
    registry,
    actor: actorFor(principal, stored.side, options.role),
  });
  const now = ctx.clock.now().toISOString();
  if (options.courier && stored.side === 'requesting' && state.status !== 'draft') {
    // Past submission the requested node orders every change: the action (already checked
    // against our replica above) goes there to be decided, and its events come back.
    const courier = options.courier;
    const forwarded = await runCommand(database, ctx, async (tx) => {
      const sent = await forwardRequestCommand(
        tx,
        courier,
        state,
        withId,
        actorFor(principal, 'requesting', options.role),
      );
      return {
        value: sent.messageId,
        audit: [
          sent.audit,
          {
            actor: ctx.actor,
            action: `request.${command.type}.forwarded`,
            subjectType: 'request',
            subjectId: id,
            legalBasis: `${state.regime} ${state.instrument}`,
            details: { to: state.requestedState, messageId: sent.messageId },
          },
        ],
      };
    });
    return { ...present(stored), forwardedAs: forwarded };
  }
  const next = applyEvents(state, events);
  await runCommand(database, ctx, async (tx) => {
    await appendRequestEvents(tx, id, state.version, events, next, now);
    // The other State learns of the change in the same transaction (transactional outbox).
    const shared = options.courier
      ? await shareRequestEvents(tx, options.courier, state, state.version, events, next, stored.side)
      : [];
    // Acknowledging a received request answers its arrival: the sender gets the signed rung.
    const answered =
      options.courier && stored.side === 'requested' && events.some((e) => e.type === 'review_started')
        ? await signRung(tx, options.courier, id, 'answered')
        : [];
    return {
      value: null,
      audit: [
        ...shared,
        ...answered,
        {
          actor: ctx.actor,
          action: `request.${command.type}`,
          subjectType: 'request',
          subjectId: id,
          legalBasis: `${state.regime} ${state.instrument}`,
          details: { from: state.status, to: next.status, events: events.map((e) => e.type) },
        },
      ],
    };
  });
  return present({ ...stored, state: next, updatedAt: now });
}

/**
 * Speciality and onward transfer: before data received under a request is used for another
 * purpose or passed on, the legal core decides against the conditions the sending State
 * attached. A refusal is a 403 that cites those conditions; every decision is audited.
 */
export async function decideReceivedDataUse(
  database: Database,
  ctx: CommandContext,
  principal: Principal,
  id: string,
  dataItemId: string,
  proposal: UseProposalInput,
): Promise<AllowedUse> {
  const stored = await loadForPrincipal(database, principal, id);
  if (stored.side !== 'requesting') {
    throw new ConflictError(
      'not_received_here',
      'this node sent these data; conditions bind the State that received them',
    );
  }
  const transmitted = stored.state.transmitted.find((t) => t.dataItemId === dataItemId);
  if (!transmitted)
    throw new DomainError(
      'data_item_not_found',
      `no data item ${dataItemId} was received under request ${id}`,
    );
  const item: ReceivedDataItem = {
    id: dataItemId,
    originState: stored.state.requestedState,
    requestId: id,
    receivedAt: stored.updatedAt,
    conditions: transmitted.conditions,
  };
  return decideAndAuditDataUse(database, ctx, {
    item,
    proposal,
    consents: [],
    subject: { type: 'request', id, details: { dataItemId } },
  });
}

/** The actions open to the principal on a request now, under any of their roles. */
export async function actionsFor(
  database: Database,
  registry: RegimeRegistry,
  clock: Clock,
  principal: Principal,
  id: string,
): Promise<ActionAvailability[]> {
  const stored = await loadForPrincipal(database, principal, id);
  const actors = principal.roles.map((role) => ({
    userId: principal.userId,
    role: role as LegalRole,
    side: stored.side,
  }));
  return availableActions(stored.state, { clock, registry }, actors);
}

/** The instrument of a request as it applies between its two States, with its regime's grounds and screening questions. */
export async function instrumentOfRequest(
  database: Database,
  registry: RegimeRegistry,
  principal: Principal,
  id: string,
) {
  const { state } = await loadForPrincipal(database, principal, id);
  const resolved = registry.resolve(
    state.regime,
    state.instrument,
    state.requestingState,
    state.requestedState,
  );
  return {
    regime: state.regime,
    regimeTitle: resolved.regime.title,
    instrument: state.instrument,
    spec: resolved.instrument,
    grounds: resolved.regime.grounds,
    screening: resolved.regime.discriminationScreening,
  };
}
