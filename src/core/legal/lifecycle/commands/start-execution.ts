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

export interface StartExecution {
  readonly type: 'start_execution';
}

/** Starts executing an accepted request; conditions, if any, must have been agreed. */
export function startExecution(
  state: RequestState,
  _cmd: StartExecution,
  ctx: CommandContext,
): readonly RequestEvent[] {
  requireStatus(state, ['accepted'], 'start executing');
  requireActor(ctx, 'requested', receiverRoles(resolveFor(ctx, state).instrument), 'execute this request');
  if (!state.conditionsAgreed)
    throw new ConflictError(
      'conditions_not_agreed',
      'the requesting State has not agreed to the conditions yet',
      {
        conditions: state.conditions.map((c) => c.id),
      },
    );
  return [makeEvent(ctx, state.requestId, 'execution_started', {})];
}
