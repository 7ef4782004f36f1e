import { type CommandContext, makeEvent, receiverRoles, requireActor, resolveFor } from '../context.js';
import type { RequestEvent } from '../events.js';
import type { RequestState } from '../state.js';
import { requireText } from '../context.js';
import { requirePreservation } from './preservation-guard.js';

export interface ReleasePreservation {
  readonly type: 'release_preservation';
  readonly reason: string;
}

/** Ends the preservation: the follow-up request was decided, or the data are no longer needed. */
export function releasePreservation(
  state: RequestState,
  cmd: ReleasePreservation,
  ctx: CommandContext,
): readonly RequestEvent[] {
  requirePreservation(state, ['active', 'expiring', 'extended', 'follow_up_received'], 'release');
  requireActor(
    ctx,
    'requested',
    receiverRoles(resolveFor(ctx, state).instrument),
    'release the preservation',
  );
  const reason = requireText(cmd.reason, '/reason', 'a reason');
  return [makeEvent(ctx, state.requestId, 'preservation_released', { reason })];
}
