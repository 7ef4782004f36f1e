import { isCodeOf } from '../../../error-codes.js';
import { ValidationError } from '../../../errors.js';
import { deadlinesStarting } from '../../deadlines/rules.js';
import { checkCoerciveSafeguards } from '../../safeguards/coercive.js';
import { checkCompleteness } from '../../safeguards/completeness.js';
import { blocking } from '../../safeguards/finding.js';
import {
  type CommandContext,
  makeEvent,
  requestedCalendar,
  requireActor,
  requireStatus,
  resolveFor,
  senderRoles,
} from '../context.js';
import type { RequestEvent } from '../events.js';
import type { RequestState } from '../state.js';

export interface SubmitRequest {
  readonly type: 'submit';
}

/** Sends the request; refused with every missing or invalid field listed if it is incomplete. */
export function submitRequest(
  state: RequestState,
  _cmd: SubmitRequest,
  ctx: CommandContext,
): readonly RequestEvent[] {
  requireStatus(state, ['draft'], 'submit');
  const resolved = resolveFor(ctx, state);
  requireActor(ctx, 'requesting', senderRoles(resolved.instrument), 'submit this request');
  const problems = blocking([
    ...checkCompleteness(resolved.instrument, state, ctx.registry),
    ...checkCoerciveSafeguards(resolved.instrument, state.fields),
  ]);
  if (problems.length > 0) {
    const first = problems[0]!.code;
    const code = problems.some((p) => p.code === 'missing_required_field')
      ? 'missing_required_field'
      : isCodeOf('invalid', first)
        ? first
        : 'validation_failed';
    throw new ValidationError(
      `the request is incomplete: ${problems.map((p) => p.message).join('; ')}`,
      problems.map((p) => ({ path: p.path, message: p.message })),
      code,
    );
  }
  const at = ctx.clock.now().toISOString();
  return [
    makeEvent(ctx, state.requestId, 'request_submitted', {
      deadlines: deadlinesStarting(
        resolved.instrument,
        'submission',
        at,
        state.urgency,
        requestedCalendar(ctx, state),
      ),
    }),
  ];
}
