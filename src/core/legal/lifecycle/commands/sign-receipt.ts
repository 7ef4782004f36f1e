import { ValidationError } from '../../../errors.js';
import { deadlinesStarting } from '../../deadlines/rules.js';
import {
  type CommandContext,
  makeEvent,
  receiverRoles,
  requestedCalendar,
  requireActor,
  requireStatus,
  resolveFor,
} from '../context.js';
import type { RequestEvent } from '../events.js';
import type { RequestState } from '../state.js';

export interface SignReceipt {
  readonly type: 'sign_receipt';
  /** The instant in the signed delivery receipt; defaults to now. Clocks start here, not at sending. */
  readonly signedAt?: string;
}

/** Records the signed receipt and starts the regime's clocks from that instant. */
export function signReceipt(
  state: RequestState,
  cmd: SignReceipt,
  ctx: CommandContext,
): readonly RequestEvent[] {
  requireStatus(state, ['submitted'], 'sign the receipt of');
  const resolved = resolveFor(ctx, state);
  requireActor(
    ctx,
    'requested',
    [...receiverRoles(resolved.instrument), 'system'],
    'sign the receipt of this request',
  );
  const now = ctx.clock.now().getTime();
  const signedAt = cmd.signedAt ?? new Date(now).toISOString();
  const ms = Date.parse(signedAt);
  if (Number.isNaN(ms) || ms > now || (state.submittedAt && ms < Date.parse(state.submittedAt)))
    throw new ValidationError(
      'the receipt time must lie between submission and now',
      [{ path: '/signedAt', message: `invalid receipt time ${signedAt}` }],
      'invalid_receipt_time',
    );
  const iso = new Date(ms).toISOString();
  return [
    makeEvent(ctx, state.requestId, 'receipt_signed', {
      signedAt: iso,
      deadlines: deadlinesStarting(
        resolved.instrument,
        'receipt',
        iso,
        state.urgency,
        requestedCalendar(ctx, state),
      ),
    }),
  ];
}
