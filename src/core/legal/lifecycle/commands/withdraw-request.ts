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
import { requireText } from '../context.js';

export interface WithdrawRequest {
  readonly type: 'withdraw';
  readonly reason: string;
}

/** The requesting State says the assistance is no longer needed. */
export function withdrawRequest(
  state: RequestState,
  cmd: WithdrawRequest,
  ctx: CommandContext,
): readonly RequestEvent[] {
  requireStatus(
    state,
    [
      'draft',
      'submitted',
      'received',
      'under_review',
      'information_requested',
      'in_consultation',
      'accepted',
      'in_execution',
      'postponed',
      'executed',
      'partially_executed',
    ],
    'withdraw',
  );
  requireActor(
    ctx,
    'requesting',
    [...senderRoles(resolveFor(ctx, state).instrument), 'prosecutor'],
    'withdraw this request',
  );
  const reason = requireText(cmd.reason, '/reason', 'a reason');
  return [makeEvent(ctx, state.requestId, 'request_withdrawn', { reason })];
}
