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
import { ConflictError, NotFoundError, ValidationError } from '../../../errors.js';
import { extendedDue } from '../context.js';

export interface ExtendDeadline {
  readonly type: 'extend_deadline';
  readonly deadlineId: string;
  readonly reasons: string;
}

/** Extends a time limit as far as the regime allows (e.g. EIO recognition +30 days, with reasons). */
export function extendDeadline(
  state: RequestState,
  cmd: ExtendDeadline,
  ctx: CommandContext,
): readonly RequestEvent[] {
  requireStatus(
    state,
    [
      'received',
      'under_review',
      'information_requested',
      'in_consultation',
      'accepted',
      'in_execution',
      'postponed',
    ],
    'extend a deadline of',
  );
  const resolved = resolveFor(ctx, state);
  requireActor(ctx, 'requested', receiverRoles(resolved.instrument), 'extend a deadline');
  const d = state.deadlines.find((x) => x.id === cmd.deadlineId);
  if (!d) throw new NotFoundError('deadline', cmd.deadlineId);
  if (d.id === 'preservation_period')
    throw new ConflictError(
      'use_extend_preservation',
      'the preservation period is extended with extend_preservation',
    );
  const rule = resolved.instrument.extensions?.find((x) => x.deadline === d.id);
  if (!rule || rule.amount === null)
    throw new ConflictError(
      'extension_not_permitted',
      `${resolved.regime.regime}/${resolved.id} allows no extension of ${d.id}`,
      { deadlineId: d.id },
    );
  if (rule.maxTimes !== null && d.extensions >= rule.maxTimes)
    throw new ConflictError(
      'extension_limit_reached',
      `${d.id} was already extended ${d.extensions} time(s) (max ${rule.maxTimes})`,
      {
        deadlineId: d.id,
        source: rule.source,
      },
    );
  if (d.status === 'stopped' || d.dueAt === null)
    throw new ConflictError('deadline_not_running', `${d.id} is not running`, { deadlineId: d.id });
  const reasons = cmd.reasons?.trim() ?? '';
  if (rule.reasonsRequired && !reasons)
    throw new ValidationError(
      `extending ${d.id} requires reasons (${rule.source})`,
      [{ path: '/reasons', message: `reasons are required (${rule.source})` }],
      'reasons_required',
    );
  const dueAt = extendedDue(ctx, state, d.dueAt, { amount: rule.amount, unit: rule.unit });
  return [makeEvent(ctx, state.requestId, 'deadline_extended', { deadlineId: d.id, dueAt, reasons })];
}
