import {
  type CommandContext,
  makeEvent,
  receiverRoles,
  requireActor,
  requireStatus,
  resolveFor,
} from '../context.js';
import type { RequestEvent } from '../events.js';
import type { RequestState } from '../state.js';
import { ConflictError } from '../../../errors.js';

export interface ConfirmPreservation {
  readonly type: 'confirm_preservation';
}

/** The requested State reports the data preserved: the preservation becomes active. */
export function confirmPreservation(
  state: RequestState,
  _cmd: ConfirmPreservation,
  ctx: CommandContext,
): readonly RequestEvent[] {
  requireStatus(state, ['accepted', 'in_execution'], 'confirm the preservation of');
  requireActor(ctx, 'requested', receiverRoles(resolveFor(ctx, state).instrument), 'confirm preservation');
  if (state.instrument !== 'preservation')
    throw new ConflictError(
      'not_a_preservation',
      'confirm_preservation applies only to preservation requests',
    );
  if (!state.conditionsAgreed)
    throw new ConflictError(
      'conditions_not_agreed',
      'the requesting State has not agreed to the conditions yet',
    );
  return [makeEvent(ctx, state.requestId, 'preservation_confirmed', {})];
}
