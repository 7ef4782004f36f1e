/**
 * Requests across nodes: both nodes hold the same event log, so both derive the same state.
 * New events travel as `request.events` messages carrying the version they extend; the
 * receiver appends only the next version and acknowledges duplicates without effect. A peer
 * may only speak for its own side of a request (its State must be the requesting or requested
 * State). When a submission arrives, the requested node signs the receipt at once — the
 * instant its inbox accepted the signed envelope — and the legal clocks start from there.
 */
import type { AuditEntry } from '../../core/audit/chain.js';
import type { Clock } from '../../core/clock.js';
import { ConflictError, DomainError, ValidationError } from '../../core/errors.js';
import { decide, type RequestCommand } from '../../core/legal/lifecycle/decide.js';
import type { Actor } from '../../core/legal/roles.js';
import type { RequestEvent } from '../../core/legal/lifecycle/events.js';
import { applyEvents, fold } from '../../core/legal/lifecycle/fold.js';
import type { RequestState } from '../../core/legal/lifecycle/state.js';
import type { RegimeRegistry } from '../../core/legal/regimes/registry.js';
import type { InboundMessage, MessageHandler } from '../../federation/inbox/handlers.js';
import type { EnqueueInput, Enqueued } from '../../federation/outbox/enqueue.js';
import type { Tx } from '../../storage/database.js';
import { appendRequestEvents, insertRequest } from '../../storage/requests/request-store.js';
import { localTime } from '../../core/notifications/on-call.js';
import { queueEmail, queueWebhookEvent } from '../notifications/queue.js';
import { nodeAlertRecipients } from '../notifications/recipients.js';
import { linkArrivedFollowUp } from './follow-up-link.js';
import { alertRequestingSide } from './requesting-side-alerts.js';

export const REQUEST_EVENTS_MESSAGE = 'request.events';
/** An action of the requesting side, sent to the requested node to be decided there. */
export const REQUEST_COMMAND_MESSAGE = 'request.command';
/** The requested node's answer when it refuses a forwarded action. */
export const REQUEST_COMMAND_REFUSED_MESSAGE = 'request.command_refused';

/** The part of a federation node that replication needs. */
export interface RequestCourier {
  enqueue(tx: Tx, input: EnqueueInput): Promise<Enqueued>;
}

interface RequestEventsPayload {
  readonly requestId: string;
  readonly requestingState: string;
  readonly requestedState: string;
  /** The version these events extend (0 for a request the receiver has not seen). */
  readonly fromVersion: number;
  readonly events: readonly RequestEvent[];
}

/** The active peer serving `state`, or 409 `no_peer_for_state`. */
export async function peerForState(tx: Tx, state: string): Promise<string> {
  const peer = await tx.db
    .selectFrom('peers')
    .select('node_id')
    .where('state', '=', state)
    .where('status', '=', 'active')
    .executeTakeFirst();
  if (!peer)
    throw new ConflictError(
      'no_peer_for_state',
      `no trusted peer node serves ${state}; an administrator must add its peer card first`,
    );
  return peer.node_id;
}

/**
 * Sends events this node just appended (call it after the append, in the same transaction) to
 * the other side. Drafts stay local: a request crosses to the other State when it is submitted.
 */
export async function shareRequestEvents(
  tx: Tx,
  courier: RequestCourier,
  before: RequestState | undefined,
  fromVersion: number,
  events: readonly RequestEvent[],
  after: RequestState,
  side: 'requesting' | 'requested',
): Promise<AuditEntry[]> {
  if (after.status === 'draft') return [];
  const counterpart = side === 'requesting' ? after.requestedState : after.requestingState;
  // The first message carries the whole log, so the peer can fold the request from nothing.
  const firstCrossing = before?.status === 'draft' || before === undefined;
  const payload: RequestEventsPayload = {
    requestId: after.requestId,
    requestingState: after.requestingState,
    requestedState: after.requestedState,
    fromVersion: firstCrossing ? 0 : fromVersion,
    events: firstCrossing ? [] : events,
  };
  const message = firstCrossing ? { ...payload, events: await storedEvents(tx, after.requestId) } : payload;
  const enqueued = await courier.enqueue(tx, {
    peer: await peerForState(tx, counterpart),
    type: REQUEST_EVENTS_MESSAGE,
    payload: message,
  });
  return [enqueued.audit];
}

async function storedEvents(tx: Tx, requestId: string): Promise<RequestEvent[]> {
  const rows = await tx.db
    .selectFrom('request_events')
    .select('event')
    .where('request_id', '=', requestId)
    .orderBy('seq')
    .execute();
  return rows.map((r) => JSON.parse(r.event) as RequestEvent);
}

function parsePayload(payload: unknown): RequestEventsPayload {
  const p = payload as Partial<RequestEventsPayload> | null;
  const ok =
    p !== null &&
    typeof p === 'object' &&
    typeof p.requestId === 'string' &&
    typeof p.requestingState === 'string' &&
    typeof p.requestedState === 'string' &&
    Number.isInteger(p.fromVersion) &&
    (p.fromVersion as number) >= 0 &&
    Array.isArray(p.events) &&
    p.events.every(
      (e) =>
        e &&
        typeof e === 'object' &&
        typeof (e as RequestEvent).type === 'string' &&
        (e as RequestEvent).requestId === p.requestId,
    );
  if (!ok)
    throw new ValidationError(
      'a request.events message must carry requestId, both States, fromVersion and events of that request',
    );
  return p as RequestEventsPayload;
}

/** The inbox handler for `request.events`; `ourState` is the State this node serves. */
export function requestEventsHandler(deps: {
  readonly ourState: () => Promise<string | null>;
  readonly registry: RegimeRegistry;
  readonly clock: Clock;
  readonly courier: RequestCourier;
}): MessageHandler {
  return async (tx: Tx, message: InboundMessage) => {
    const payload = parsePayload(message.payload);
    const ours = await deps.ourState();
    const sender = await tx.db
      .selectFrom('peers')
      .select('state')
      .where('node_id', '=', message.header.from.node)
      .executeTakeFirst();
    const side =
      ours === payload.requestedState ? 'requested' : ours === payload.requestingState ? 'requesting' : null;
    if (!side)
      throw new DomainError(
        'not_our_request',
        'invalid',
        `this node serves neither ${payload.requestingState} nor ${payload.requestedState}`,
      );
    const senderState = side === 'requested' ? payload.requestingState : payload.requestedState;
    if (sender?.state !== senderState) {
      throw new DomainError(
        'not_your_request',
        'forbidden',
        `peer ${message.header.from.node} does not serve ${senderState}`,
      );
    }
    const now = deps.clock.now().toISOString();
    const existing = await tx.db
      .selectFrom('requests')
      .select(['version', 'state', 'case_id'])
      .where('id', '=', payload.requestId)
      .executeTakeFirst();
    const audit: AuditEntry[] = [];
    const actor = { type: 'peer' as const, id: message.header.from.node };
    if (!existing) {
      if (payload.fromVersion !== 0 || payload.events.length === 0) {
        throw new ConflictError(
          'replica_gap',
          `request ${payload.requestId} is unknown here; its log must be sent from the start`,
        );
      }
      let state = fold(payload.events);
      await insertRequest(tx, { id: payload.requestId, caseId: null, side }, payload.events, state, now);
      audit.push({
        actor,
        action: 'request.received',
        subjectType: 'request',
        subjectId: payload.requestId,
        legalBasis: `${state.regime} ${state.instrument}`,
        details: { version: state.version, status: state.status },
      });
      if (side === 'requested' && state.status === 'submitted') {
        const receipt = decide(
          state,
          { type: 'sign_receipt', signedAt: now },
          {
            clock: deps.clock,
            registry: deps.registry,
            actor: { role: 'system', side: 'requested', automatic: true },
          },
        );
        const next = applyEvents(state, receipt);
        await appendRequestEvents(tx, payload.requestId, state.version, receipt, next, now);
        audit.push(
          ...(await shareRequestEvents(tx, deps.courier, state, state.version, receipt, next, 'requested')),
        );
        audit.push(...(await alertOnArrival(tx, next, deps.clock.now())));
        audit.push(...(await linkArrivedFollowUp(tx, deps, next)));
        audit.push({
          actor: { type: 'system', id: 'node' },
          action: 'request.sign_receipt',
          subjectType: 'request',
          subjectId: payload.requestId,
          details: { automatic: true, signedAt: now },
        });
        state = next;
      }
      return audit;
    }
    const version = Number(existing.version);
    if (payload.fromVersion + payload.events.length <= version) return [];
    if (payload.fromVersion !== version) {
      throw new ConflictError(
        'replica_diverged',
        `request ${payload.requestId} is at version ${version} here, the message extends version ${payload.fromVersion}`,
      );
    }
    const state = JSON.parse(existing.state) as RequestState;
    const next = applyEvents(state, payload.events);
    await appendRequestEvents(tx, payload.requestId, version, payload.events, next, now);
    audit.push({
      actor,
      action: 'request.replicated',
      subjectType: 'request',
      subjectId: payload.requestId,
      details: { from: state.status, to: next.status, events: payload.events.map((e) => e.type) },
    });
    if (side === 'requesting')
      audit.push(
        ...(await alertRequestingSide(
          tx,
          { id: payload.requestId, caseId: existing.case_id },
          payload.events,
          next,
          deps.clock.now(),
        )),
      );
    return audit;
  };
}

interface RequestCommandPayload {
  readonly requestId: string;
  readonly requestingState: string;
  readonly requestedState: string;
  readonly command: RequestCommand;
  readonly actor: { readonly role: Actor['role']; readonly userId?: string };
}

/** Sends a requesting-side action to the requested node (in the caller's transaction). */
export async function forwardRequestCommand(
  tx: Tx,
  courier: RequestCourier,
  state: RequestState,
  command: RequestCommand,
  actor: Actor,
): Promise<Enqueued> {
  const payload: RequestCommandPayload = {
    requestId: state.requestId,
    requestingState: state.requestingState,
    requestedState: state.requestedState,
    command,
    actor: { role: actor.role, ...(actor.userId ? { userId: actor.userId } : {}) },
  };
  return courier.enqueue(tx, {
    peer: await peerForState(tx, state.requestedState),
    type: REQUEST_COMMAND_MESSAGE,
    payload,
  });
}

/**
 * The requested node decides a forwarded action exactly as a local one; the events go back as
 * `request.events`, a refusal as `request.command_refused` naming the domain error. Either way
 * the message itself was valid and is acknowledged.
 */
export function requestCommandHandler(deps: {
  readonly ourState: () => Promise<string | null>;
  readonly registry: RegimeRegistry;
  readonly clock: Clock;
  readonly courier: RequestCourier;
}): MessageHandler {
  return async (tx: Tx, message: InboundMessage) => {
    const p = message.payload as Partial<RequestCommandPayload> | null;
    if (
      !p ||
      typeof p.requestId !== 'string' ||
      typeof p.command?.type !== 'string' ||
      typeof p.actor?.role !== 'string'
    ) {
      throw new ValidationError('a request.command message must carry requestId, command and actor');
    }
    if ((await deps.ourState()) !== p.requestedState)
      throw new DomainError('not_our_request', 'invalid', `this node does not serve ${p.requestedState}`);
    const sender = await tx.db
      .selectFrom('peers')
      .select('state')
      .where('node_id', '=', message.header.from.node)
      .executeTakeFirst();
    if (sender?.state !== p.requestingState)
      throw new DomainError(
        'not_your_request',
        'forbidden',
        `peer ${message.header.from.node} does not serve ${p.requestingState}`,
      );
    const row = await tx.db
      .selectFrom('requests')
      .select(['state', 'side'])
      .where('id', '=', p.requestId)
      .executeTakeFirst();
    if (row?.side !== 'requested')
      throw new ConflictError('replica_gap', `request ${p.requestId} is unknown here`);
    const state = JSON.parse(row.state) as RequestState;
    const actor: Actor = {
      role: p.actor.role,
      side: 'requesting',
      ...(p.actor.userId ? { userId: `${message.header.from.node}:${p.actor.userId}` } : {}),
    };
    const peerActor = { type: 'peer' as const, id: message.header.from.node };
    let events: readonly RequestEvent[];
    try {
      events = decide(state, { ...p.command, requestId: p.requestId } as unknown as RequestCommand, {
        clock: deps.clock,
        registry: deps.registry,
        actor,
      });
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      const answer = await deps.courier.enqueue(tx, {
        peer: message.header.from.node,
        type: REQUEST_COMMAND_REFUSED_MESSAGE,
        payload: {
          requestId: p.requestId,
          commandMessageId: message.header.id,
          command: p.command.type,
          code: error.code,
          detail: error.message,
        },
      });
      return [
        answer.audit,
        {
          actor: peerActor,
          action: 'request.command_refused',
          subjectType: 'request',
          subjectId: p.requestId,
          details: { command: p.command.type, code: error.code, detail: error.message },
        },
      ];
    }
    const next = applyEvents(state, events);
    await appendRequestEvents(tx, p.requestId, state.version, events, next, deps.clock.now().toISOString());
    const shared = await shareRequestEvents(
      tx,
      deps.courier,
      state,
      state.version,
      events,
      next,
      'requested',
    );
    return [
      ...shared,
      {
        actor: peerActor,
        action: `request.${p.command.type}`,
        subjectType: 'request',
        subjectId: p.requestId,
        legalBasis: `${state.regime} ${state.instrument}`,
        details: { from: state.status, to: next.status, forwardedBy: actor.userId ?? null },
      },
    ];
  };
}

/** On the requesting node: a forwarded action was refused; the refusal joins the audit trail. */
export const requestCommandRefusedHandler: MessageHandler = async (_tx, message) => {
  const p = message.payload as {
    requestId?: unknown;
    command?: unknown;
    code?: unknown;
    detail?: unknown;
  } | null;
  if (!p || typeof p.requestId !== 'string')
    throw new ValidationError('a request.command_refused message must name the request');
  return [
    {
      actor: { type: 'peer', id: message.header.from.node },
      action: 'request.command_refused',
      subjectType: 'request',
      subjectId: p.requestId,
      details: {
        command: p.command,
        code: p.code,
        detail: p.detail,
        commandMessageId: (p as { commandMessageId?: unknown }).commandMessageId,
      },
    },
  ];
};

/**
 * A request from another State has just been receipted: the officer on call hears of it now,
 * by e-mail, and webhook subscribers get `request.received`. The escalation clock takes over
 * if nobody acknowledges it.
 */
async function alertOnArrival(tx: Tx, state: RequestState, now: Date): Promise<AuditEntry[]> {
  const recipients = await nodeAlertRecipients(tx.db, 1, now);
  for (const r of recipients.filter((x) => x.email)) {
    await queueEmail(
      tx,
      {
        to: r.email!,
        event: 'request.received',
        subject: `[Comity] ${state.urgency === 'routine' ? '' : `${state.urgency.toUpperCase()} `}${state.instrument} request received from ${state.requestingState}`,
        text: [
          `A ${state.regime} ${state.instrument} request from ${state.requestingState} (${state.requestId}) was received at ${state.receivedAt}.`,
          `Local time for you: ${localTime(now, r.timezone)}. Open it in Comity and start the review to acknowledge it.`,
        ].join('\n'),
      },
      now,
    );
  }
  await queueWebhookEvent(
    tx,
    'request.received',
    {
      requestId: state.requestId,
      instrument: state.instrument,
      from: state.requestingState,
      urgency: state.urgency,
    },
    now,
  );
  return [
    {
      actor: { type: 'system', id: 'node' },
      action: 'request.arrival_alerted',
      subjectType: 'request',
      subjectId: state.requestId,
      details: { recipients: recipients.map((r) => r.id) },
    },
  ];
}
