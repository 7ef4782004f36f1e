import { type CommandContext, makeEvent, requireActor, resolveFor, senderRoles } from '../context.js';
import type { RequestEvent } from '../events.js';
import type { RequestState } from '../state.js';
import { ConflictError } from '../../../errors.js';
import { requireText } from '../context.js';

export interface ConfirmInWriting {
  readonly type: 'confirm_in_writing';
  readonly reference: string;
}

/** Records the written confirmation that follows an emergency request sent by expedited means. */
export function confirmInWriting(
  state: RequestState,
  cmd: ConfirmInWriting,
  ctx: CommandContext,
): readonly RequestEvent[] {
  requireActor(
    ctx,
    'requesting',
    [...senderRoles(resolveFor(ctx, state).instrument), 'central_authority', 'prosecutor'],
    'confirm in writing',
  );
  if (state.status === 'draft')
    throw new ConflictError('illegal_transition', 'submit the request before confirming it in writing');
  if (state.writtenConfirmation !== 'pending')
    throw new ConflictError(
      'no_confirmation_pending',
      `written confirmation is ${state.writtenConfirmation}`,
    );
  const reference = requireText(cmd.reference, '/reference', 'the reference of the written confirmation');
  return [makeEvent(ctx, state.requestId, 'written_confirmation_received', { reference })];
}
