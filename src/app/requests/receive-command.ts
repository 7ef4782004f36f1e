/**
 * The requested node decides an action forwarded by the requesting side exactly as a local one
 * (`request.command`); the events go back as `request.events`, a refusal as
 * `request.command_refused` naming the domain error. Either way the message itself was valid and
 * is acknowledged. Two conflicting actions are thus ordered by one node, deterministically.
 */
import type { AuditEntry } from '../../core/audit/chain.js';
import { DomainError } from '../../core/errors.js';
import { decide, type RequestCommand } from '../../core/legal/lifecycle/decide.js';
import type { RequestEvent } from '../../core/legal/lifecycle/events.js';
import { applyEvents } from '../../core/legal/lifecycle/fold.js';
import type { Actor } from '../../core/legal/roles.js';
import { type MessageBinding, on } from '../../federation/messages/message-type.js';
import { appendRequestEvents } from '../../storage/requests/request-store.js';
import { REQUEST_COMMAND, REQUEST_COMMAND_REFUSED } from './messages.js';
import type { ReplicationDeps } from './receive-events.js';
import { shareRequestEvents } from './share-events.js';
import { requestFromRequestingPeer } from './from-requesting-peer.js';
import { recordArrival, sendAboutRequest } from './carried-messages.js';

export function requestCommandHandler(deps: ReplicationDeps): MessageBinding {
  return on(REQUEST_COMMAND, async ({ tx, message, payload: p, peer }) => {
    const state = await requestFromRequestingPeer(tx, await deps.ourState(), peer, p);
    await recordArrival(tx, message, p.requestId);
    const actor: Actor = {
      role: p.actor.role as Actor['role'],
      side: 'requesting',
      ...(p.actor.userId ? { userId: `${peer.nodeId}:${p.actor.userId}` } : {}),
    };
    const peerActor = { type: 'peer' as const, id: peer.nodeId };
    let events: readonly RequestEvent[];
    try {
      const command = { ...p.command, requestId: p.requestId } as unknown as RequestCommand;
      events = decide(state, command, { clock: deps.clock, registry: deps.registry, actor });
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      const answer = await sendAboutRequest(tx, deps.courier, REQUEST_COMMAND_REFUSED, peer.nodeId, {
        requestId: p.requestId,
        commandMessageId: message.header.id,
        command: p.command.type,
        code: error.code,
        detail: error.message.slice(0, 2000),
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
      } satisfies AuditEntry,
    ];
  });
}

/** On the requesting node: a forwarded action was refused; the refusal joins the audit trail. */
export const requestCommandRefusedHandler: MessageBinding = on(
  REQUEST_COMMAND_REFUSED,
  async ({ tx, message, payload, peer }) => {
    await recordArrival(tx, message, payload.requestId);
    return [
      {
        actor: { type: 'peer', id: peer.nodeId },
        action: 'request.command_refused',
        subjectType: 'request',
        subjectId: payload.requestId,
        details: {
          command: payload.command,
          code: payload.code,
          detail: payload.detail,
          commandMessageId: payload.commandMessageId,
        },
      },
    ];
  },
);
