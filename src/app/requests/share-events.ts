/**
 * Outgoing request messages. Both nodes hold the same event log for a request, so both derive
 * the same state: events this node appends travel to the other side as `request.events`, and a
 * requesting-side action after submission travels to the requested node (the single writer of
 * the log from then on) as `request.command`.
 */
import type { AuditEntry } from '../../core/audit/chain.js';
import type { RequestCommand } from '../../core/legal/lifecycle/decide.js';
import type { RequestEvent } from '../../core/legal/lifecycle/events.js';
import type { RequestState } from '../../core/legal/lifecycle/state.js';
import type { Actor } from '../../core/legal/roles.js';
import type { Courier } from '../../federation/messages/message-type.js';
import { sendAboutRequest } from './carried-messages.js';
import type { Enqueued } from '../../federation/outbox/enqueue.js';
import { peerServing } from '../../federation/peers/peers-store.js';
import type { Tx } from '../../storage/database.js';
import { requestEvents } from '../../storage/requests/request-store.js';
import { REQUEST_COMMAND, REQUEST_EVENTS } from './messages.js';

/**
 * Sends events this node just appended (call it after the append, in the same transaction) to
 * the other side. Drafts stay local: a request crosses to the other State when it is submitted.
 */
export async function shareRequestEvents(
  tx: Tx,
  courier: Courier,
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
  const enqueued = await sendAboutRequest(
    tx,
    courier,
    REQUEST_EVENTS,
    await peerServing(tx.db, counterpart),
    {
      requestId: after.requestId,
      requestingState: after.requestingState,
      requestedState: after.requestedState,
      fromVersion: firstCrossing ? 0 : fromVersion,
      events: firstCrossing ? await requestEvents(tx.db, after.requestId) : [...events],
    },
  );
  return [enqueued.audit];
}

/** Sends a requesting-side action to the requested node (in the caller's transaction). */
export async function forwardRequestCommand(
  tx: Tx,
  courier: Courier,
  state: RequestState,
  command: RequestCommand,
  actor: Actor,
): Promise<Enqueued> {
  return sendAboutRequest(tx, courier, REQUEST_COMMAND, await peerServing(tx.db, state.requestedState), {
    requestId: state.requestId,
    requestingState: state.requestingState,
    requestedState: state.requestedState,
    command,
    actor: { role: actor.role, ...(actor.userId ? { userId: actor.userId } : {}) },
  });
}
