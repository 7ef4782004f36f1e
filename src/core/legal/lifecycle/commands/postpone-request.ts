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
import { groundedReasons } from '../grounds.js';

export interface PostponeRequest {
  readonly type: 'postpone';
  readonly ground: string;
  readonly reasons: string;
  readonly until?: string;
}

/** Postpones execution on a permitted ground, with reasons (and prior consultation where required). */
export function postponeRequest(
  state: RequestState,
  cmd: PostponeRequest,
  ctx: CommandContext,
): readonly RequestEvent[] {
  requireStatus(state, ['under_review', 'accepted', 'in_execution'], 'postpone');
  const resolved = resolveFor(ctx, state);
  requireActor(ctx, 'requested', receiverRoles(resolved.instrument), 'postpone this request');
  const reasons = groundedReasons(resolved, state, cmd, 'postponement');
  return [
    makeEvent(ctx, state.requestId, 'request_postponed', {
      ground: cmd.ground,
      reasons,
      ...(cmd.until ? { until: cmd.until } : {}),
    }),
  ];
}
