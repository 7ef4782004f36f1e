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

export interface StartReview {
  readonly type: 'start_review';
}

/** The requested State's authority starts reviewing (this also acknowledges the request). */
export function startReview(
  state: RequestState,
  _cmd: StartReview,
  ctx: CommandContext,
): readonly RequestEvent[] {
  requireStatus(state, ['received'], 'start reviewing');
  requireActor(ctx, 'requested', receiverRoles(resolveFor(ctx, state).instrument), 'review this request');
  return [makeEvent(ctx, state.requestId, 'review_started', {})];
}
