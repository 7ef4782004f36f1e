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

export interface ResumeRequest {
  readonly type: 'resume';
}

/** Lifts a postponement; the request returns to where it was. */
export function resumeRequest(
  state: RequestState,
  _cmd: ResumeRequest,
  ctx: CommandContext,
): readonly RequestEvent[] {
  requireStatus(state, ['postponed'], 'resume');
  requireActor(ctx, 'requested', receiverRoles(resolveFor(ctx, state).instrument), 'resume this request');
  return [makeEvent(ctx, state.requestId, 'postponement_lifted', {})];
}
