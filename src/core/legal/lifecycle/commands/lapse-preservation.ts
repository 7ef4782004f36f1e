import { type CommandContext, makeEvent, requireActor } from '../context.js';
import type { RequestEvent } from '../events.js';
import type { RequestState } from '../state.js';
import { ConflictError } from '../../../errors.js';
import { requirePreservation } from './preservation-guard.js';

export interface LapsePreservation {
  readonly type: 'lapse_preservation';
}

/** Daemon action: the period ended without a follow-up request. */
export function lapsePreservation(
  state: RequestState,
  _cmd: LapsePreservation,
  ctx: CommandContext,
): readonly RequestEvent[] {
  requirePreservation(state, ['active', 'expiring', 'extended'], 'lapse');
  requireActor(ctx, 'either', ['system'], 'lapse a preservation');
  const d = state.deadlines.find((x) => x.id === 'preservation_period');
  if (!d?.dueAt || ctx.clock.now().getTime() < Date.parse(d.dueAt))
    throw new ConflictError('not_yet_due', 'the preservation period has not ended', {
      dueAt: d?.dueAt ?? null,
    });
  return [makeEvent(ctx, state.requestId, 'preservation_lapsed', {})];
}
