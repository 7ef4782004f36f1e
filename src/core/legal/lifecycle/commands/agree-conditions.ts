import {
  type CommandContext,
  makeEvent,
  requireActor,
  requireStatus,
  resolveFor,
  senderRoles,
} from '../context.js';
import type { RequestEvent } from '../events.js';
import type { RequestState } from '../state.js';
import { ConflictError } from '../../../errors.js';

export interface AgreeConditions {
  readonly type: 'agree_conditions';
}

/** The requesting State accepts the conditions attached to acceptance, and is bound by them. */
export function agreeConditions(
  state: RequestState,
  _cmd: AgreeConditions,
  ctx: CommandContext,
): readonly RequestEvent[] {
  requireStatus(state, ['accepted'], 'agree to the conditions of');
  requireActor(ctx, 'requesting', senderRoles(resolveFor(ctx, state).instrument), 'agree to conditions');
  if (state.conditionsAgreed)
    throw new ConflictError('no_conditions_pending', 'there are no conditions awaiting agreement');
  return [makeEvent(ctx, state.requestId, 'conditions_agreed', {})];
}
