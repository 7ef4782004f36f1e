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

export interface RefuseRequest {
  readonly type: 'refuse';
  readonly ground: string;
  readonly reasons: string;
}

/** Refuses the whole request: a permitted ground, written reasons, and a prior consultation where required. */
export function refuseRequest(
  state: RequestState,
  cmd: RefuseRequest,
  ctx: CommandContext,
): readonly RequestEvent[] {
  requireStatus(state, ['received', 'under_review'], 'refuse');
  const resolved = resolveFor(ctx, state);
  requireActor(ctx, 'requested', receiverRoles(resolved.instrument), 'refuse this request');
  const reasons = groundedReasons(resolved, state, cmd, 'refusal');
  return [makeEvent(ctx, state.requestId, 'request_refused', { ground: cmd.ground, reasons })];
}
