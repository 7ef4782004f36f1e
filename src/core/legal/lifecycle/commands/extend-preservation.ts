import { type CommandContext, makeEvent, requireActor, resolveFor, senderRoles } from '../context.js';
import type { RequestEvent } from '../events.js';
import type { RequestState } from '../state.js';
import { ConflictError } from '../../../errors.js';
import { extendedDue } from '../context.js';
import { requirePreservation } from './preservation-guard.js';

export interface ExtendPreservation {
  readonly type: 'extend_preservation';
  readonly reasons?: string;
}

/** The issuing side extends the preservation where the regime allows (EPOR: once, 30 days). */
export function extendPreservation(
  state: RequestState,
  cmd: ExtendPreservation,
  ctx: CommandContext,
): readonly RequestEvent[] {
  requirePreservation(state, ['active', 'expiring'], 'extend');
  const resolved = resolveFor(ctx, state);
  requireActor(ctx, 'requesting', senderRoles(resolved.instrument), 'extend the preservation');
  const d = state.deadlines.find((x) => x.id === 'preservation_period');
  const rule = resolved.instrument.extensions?.find((x) => x.deadline === 'preservation_period');
  if (!rule || rule.amount === null || !d?.dueAt)
    throw new ConflictError(
      'extension_not_permitted',
      `${resolved.regime.regime} provides no extension of the preservation period`,
    );
  if (rule.maxTimes !== null && d.extensions >= rule.maxTimes)
    throw new ConflictError(
      'extension_limit_reached',
      `the preservation was already extended ${d.extensions} time(s)`,
      { source: rule.source },
    );
  const dueAt = extendedDue(ctx, state, d.dueAt, { amount: rule.amount, unit: rule.unit });
  return [
    makeEvent(ctx, state.requestId, 'preservation_extended', {
      dueAt,
      ...(cmd.reasons ? { reasons: cmd.reasons } : {}),
    }),
  ];
}
