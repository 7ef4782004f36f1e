import { type CommandContext, makeEvent, requireActor, resolveFor } from '../context.js';
import type { RequestEvent } from '../events.js';
import type { RequestState } from '../state.js';
import { ConflictError } from '../../../errors.js';
import { subtractPeriod } from '../../deadlines/compute.js';
import { requestedCalendar } from '../context.js';
import { requirePreservation } from './preservation-guard.js';

export interface MarkPreservationExpiring {
  readonly type: 'mark_preservation_expiring';
}

/** Daemon action: the follow-up request is due soon (threshold from the pack's reminders). */
export function markPreservationExpiring(
  state: RequestState,
  _cmd: MarkPreservationExpiring,
  ctx: CommandContext,
): readonly RequestEvent[] {
  requirePreservation(state, ['active', 'extended'], 'mark the preservation expiring');
  requireActor(ctx, 'either', ['system'], 'mark a preservation expiring');
  const resolved = resolveFor(ctx, state);
  const d = state.deadlines.find((x) => x.id === 'preservation_period');
  const rule = resolved.instrument.reminders?.find(
    (r) => r.action === 'mark_expiring' && r.deadline === 'preservation_period',
  );
  if (!d?.dueAt || !rule)
    throw new ConflictError('no_expiry_rule', 'this preservation has no expiry reminder');
  const due = Date.parse(d.dueAt);
  const threshold = subtractPeriod(due, rule.before, rule.unit, requestedCalendar(ctx, state));
  if (ctx.clock.now().getTime() < threshold)
    throw new ConflictError(
      'not_yet_expiring',
      `the preservation is not within ${rule.before} ${rule.unit} of its end`,
      {
        dueAt: d.dueAt,
      },
    );
  return [makeEvent(ctx, state.requestId, 'preservation_expiring', {})];
}
