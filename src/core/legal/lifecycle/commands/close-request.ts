import {
  type CommandContext,
  makeEvent,
  receiverRoles,
  requireActor,
  requireStatus,
  resolveFor,
  senderRoles,
} from '../context.js';
import type { RequestEvent } from '../events.js';
import type { RequestState } from '../state.js';
import { ConflictError } from '../../../errors.js';
import { CLOSABLE_STATUSES } from '../status-groups.js';

export interface CloseRequest {
  readonly type: 'close';
  readonly reason?: string;
}

const LIVE_PRESERVATION = new Set(['pending', 'active', 'expiring', 'extended', 'follow_up_received']);

/** Closes a finished request; a preservation still holding data must be released or lapse first. */
export function closeRequest(
  state: RequestState,
  cmd: CloseRequest,
  ctx: CommandContext,
): readonly RequestEvent[] {
  requireStatus(state, CLOSABLE_STATUSES, 'close');
  const inst = resolveFor(ctx, state).instrument;
  requireActor(ctx, 'either', [...senderRoles(inst), ...receiverRoles(inst)], 'close this request');
  if (
    (state.status === 'executed' || state.status === 'partially_executed') &&
    state.instrument !== 'preservation' &&
    state.items.length > 0
  )
    throw new ConflictError('illegal_transition', 'transmit the results before closing', {
      command: 'close',
      status: state.status,
    });
  // A preservation refused before it was confirmed never held data: there is nothing to release,
  // and no clock left to lapse it, so it must not keep the request open for ever.
  const neverHeld = state.status === 'refused' && state.preservation === 'pending';
  if (
    state.status !== 'withdrawn' &&
    !neverHeld &&
    state.preservation &&
    LIVE_PRESERVATION.has(state.preservation)
  )
    throw new ConflictError(
      'preservation_still_active',
      `the preservation is ${state.preservation}; release it or let it lapse first`,
      {
        preservation: state.preservation,
      },
    );
  return [makeEvent(ctx, state.requestId, 'request_closed', cmd.reason ? { reason: cmd.reason } : {})];
}
