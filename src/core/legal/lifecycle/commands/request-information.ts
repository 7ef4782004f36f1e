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
import { requireText } from '../context.js';

export interface RequestInformation {
  readonly type: 'request_information';
  readonly infoRequestId: string;
  readonly question: string;
}

/** Asks the requesting State for more information; time limits are suspended meanwhile. */
export function requestInformation(
  state: RequestState,
  cmd: RequestInformation,
  ctx: CommandContext,
): readonly RequestEvent[] {
  requireStatus(state, ['under_review', 'accepted', 'in_execution'], 'ask for information on');
  requireActor(ctx, 'requested', receiverRoles(resolveFor(ctx, state).instrument), 'ask for information');
  const question = requireText(cmd.question, '/question', 'the question');
  if (state.informationRequests.some((r) => r.id === cmd.infoRequestId))
    throw new ConflictError(
      'duplicate_information_request',
      `information request ${cmd.infoRequestId} exists`,
    );
  return [
    makeEvent(ctx, state.requestId, 'information_requested', { infoRequestId: cmd.infoRequestId, question }),
  ];
}
