/**
 * The inbox handler for `request.events`. The receiver appends only the next version and
 * acknowledges duplicates without effect, so replicas never fork. A peer may only speak for its
 * own side of a request (the State it serves must be the requesting or requested State). When a
 * submission arrives, the requested node signs the receipt at once — the instant its inbox
 * accepted the signed envelope — and the legal clocks start from there.
 */
import type { AuditEntry } from '../../core/audit/chain.js';
import type { Clock } from '../../core/clock.js';
import { ConflictError, DomainError, ValidationError } from '../../core/errors.js';
import { applyEvents, fold } from '../../core/legal/lifecycle/fold.js';
import type { RequestState } from '../../core/legal/lifecycle/state.js';
import type { RegimeRegistry } from '../../core/legal/regimes/registry.js';
import { localTime } from '../../core/notifications/on-call.js';
import { type Courier, type MessageBinding, on } from '../../federation/messages/message-type.js';
import type { Tx } from '../../storage/database.js';
import { appendRequestEvents, insertRequest } from '../../storage/requests/request-store.js';
import { queueEmail, queueWebhookEvent } from '../notifications/queue.js';
import { nodeAlertRecipients } from '../notifications/recipients.js';
import { linkArrivedFollowUp } from './follow-up-link.js';
import { REQUEST_EVENTS } from './messages.js';
import { alertRequestingSide } from './requesting-side-alerts.js';
import { applyAutomatic } from './automatic-action.js';
import { recordArrival, signRung } from './carried-messages.js';
import type { InboundMessage } from '../../federation/inbox/handlers.js';

/** What the request message handlers need; `ourState` is the State this node serves. */
export interface ReplicationDeps {
  readonly ourState: () => Promise<string | null>;
  readonly registry: RegimeRegistry;
  readonly clock: Clock;
  readonly courier: Courier;
}

export function requestEventsHandler(deps: ReplicationDeps): MessageBinding {
  return on(REQUEST_EVENTS, async ({ tx, message, payload, peer }) => {
    if (payload.events.some((e) => e.requestId !== payload.requestId))
      throw new ValidationError(`every event of a request.events message must be of ${payload.requestId}`);
    const ours = await deps.ourState();
    const side =
      ours === payload.requestedState ? 'requested' : ours === payload.requestingState ? 'requesting' : null;
    if (!side)
      throw new DomainError(
        'not_our_request',
        `this node serves neither ${payload.requestingState} nor ${payload.requestedState}`,
      );
    const senderState = side === 'requested' ? payload.requestingState : payload.requestedState;
    if (peer.state !== senderState)
      throw new DomainError('not_your_request', `peer ${peer.nodeId} does not serve ${senderState}`);
    await recordArrival(tx, message, payload.requestId);
    const now = deps.clock.now().toISOString();
    const existing = await tx.db
      .selectFrom('requests')
      .select(['version', 'state', 'case_id'])
      .where('id', '=', payload.requestId)
      .executeTakeFirst();
    const audit: AuditEntry[] = [];
    const actor = { type: 'peer' as const, id: peer.nodeId };
    if (!existing) {
      if (payload.fromVersion !== 0 || payload.events.length === 0) {
        throw new ConflictError(
          'replica_gap',
          `request ${payload.requestId} is unknown here; its log must be sent from the start`,
        );
      }
      const state = fold(payload.events);
      await insertRequest(tx, { id: payload.requestId, caseId: null, side }, payload.events, state, now);
      audit.push({
        actor,
        action: 'request.received',
        subjectType: 'request',
        subjectId: payload.requestId,
        legalBasis: `${state.regime} ${state.instrument}`,
        details: { version: state.version, status: state.status },
      });
      if (side === 'requested' && state.status === 'submitted')
        audit.push(...(await signReceiptOnArrival(tx, deps, state, now, message)));
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
  });
}

/**
 * A submission has just arrived at the requested node: the receipt is signed now (deadlines run
 * from it), the events go back, the officer on call is alerted and a follow-up is linked to the
 * preservation it names.
 */
async function signReceiptOnArrival(
  tx: Tx,
  deps: ReplicationDeps,
  state: RequestState,
  now: string,
  arriving: InboundMessage,
): Promise<AuditEntry[]> {
  const { next, shared } = await applyAutomatic(tx, deps, state, { type: 'sign_receipt', signedAt: now });
  return [
    ...shared,
    ...(await alertOnArrival(tx, next, deps.clock.now())),
    // It is in the 24/7 desk now: the sender gets the signed `delivered` rung.
    ...(await signRung(tx, deps.courier, state.requestId, 'delivered', arriving)),
    ...(await linkArrivedFollowUp(tx, deps, next)),
    {
      actor: { type: 'system', id: 'node' },
      action: 'request.sign_receipt',
      subjectType: 'request',
      subjectId: state.requestId,
      details: { automatic: true, signedAt: now },
    },
  ];
}

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
