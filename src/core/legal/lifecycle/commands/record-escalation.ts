import { ConflictError, ValidationError } from '../../../errors.js';
import { type CommandContext, makeEvent, requireActor, requireStatus } from '../context.js';
import type { RequestEvent } from '../events.js';
import type { RequestState } from '../state.js';

export interface RecordEscalation {
  readonly type: 'record_escalation';
  /** 1 = the next person on call, 2 = the backup, 3 = the authority's head, … */
  readonly level: number;
  /** Who was alerted (user ids or contact ids). */
  readonly notified: readonly string[];
  readonly reason: string;
}

/**
 * Writes into the request's own log that the node alerted people because a received request
 * still waits for acknowledgement. Only the node itself does this, automatically, one level at
 * a time.
 */
export function recordEscalation(
  state: RequestState,
  cmd: RecordEscalation,
  ctx: CommandContext,
): readonly RequestEvent[] {
  requireStatus(state, ['received'], 'escalate');
  requireActor(ctx, 'requested', ['system'], 'escalate an unacknowledged request');
  const next = state.escalations.length + 1;
  if (cmd.level !== next) {
    throw new ConflictError(
      'escalation_out_of_order',
      `the next escalation level is ${next}, not ${cmd.level}`,
      { expected: next },
    );
  }
  if (cmd.reason.trim() === '')
    throw new ValidationError('an escalation needs a reason', [
      { path: '/reason', message: 'must not be empty' },
    ]);
  return [
    makeEvent(ctx, state.requestId, 'escalation_notified', {
      level: cmd.level,
      notified: [...cmd.notified],
      reason: cmd.reason,
    }),
  ];
}

export interface EscalationPolicy {
  /** Minutes a received request may wait unacknowledged before each next level is alerted. */
  readonly afterMinutes: number;
  /** Levels that exist (e.g. primary on call, backup, head of authority). */
  readonly levels: number;
}

/**
 * The escalation level due now for a request waiting for acknowledgement, or null. Each level
 * falls due `afterMinutes` after the signed receipt, or after the previous alert.
 */
export function escalationDue(state: RequestState, now: Date, policy: EscalationPolicy): number | null {
  if (state.status !== 'received' || !state.receivedAt) return null;
  const level = state.escalations.length + 1;
  if (level > policy.levels) return null;
  const since = state.escalations.at(-1)?.at ?? state.receivedAt;
  return now.getTime() >= Date.parse(since) + policy.afterMinutes * 60_000 ? level : null;
}
