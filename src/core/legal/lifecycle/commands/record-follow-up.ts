import { type CommandContext, makeEvent, receiverRoles, requireActor, resolveFor } from '../context.js';
import type { RequestEvent } from '../events.js';
import type { RequestState } from '../state.js';
import { requireText } from '../context.js';
import { requirePreservation } from './preservation-guard.js';

export interface RecordFollowUp {
  readonly type: 'record_follow_up';
  readonly followUpRequestId: string;
}

/** Links the follow-up MLA request; data stay preserved until a decision on it. */
export function recordFollowUp(
  state: RequestState,
  cmd: RecordFollowUp,
  ctx: CommandContext,
): readonly RequestEvent[] {
  requirePreservation(state, ['active', 'expiring', 'extended'], 'record a follow-up for');
  requireActor(
    ctx,
    'requested',
    [...receiverRoles(resolveFor(ctx, state).instrument), 'central_authority', 'system'],
    'record a follow-up',
  );
  const followUpRequestId = requireText(
    cmd.followUpRequestId,
    '/followUpRequestId',
    'the follow-up request id',
  );
  return [makeEvent(ctx, state.requestId, 'follow_up_received', { followUpRequestId })];
}
