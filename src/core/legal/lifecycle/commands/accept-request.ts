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
import { ConflictError, ValidationError } from '../../../errors.js';
import { deadlinesStarting } from '../../deadlines/rules.js';
import { requestedCalendar } from '../context.js';
import type { Condition } from '../types.js';

export interface AcceptRequest {
  readonly type: 'accept';
  /** Execution under conditions: the requesting State must agree before execution starts. */
  readonly conditions?: readonly Condition[];
}

/** Accepts the request once the discrimination screening is complete and raised no concern. */
export function acceptRequest(
  state: RequestState,
  cmd: AcceptRequest,
  ctx: CommandContext,
): readonly RequestEvent[] {
  requireStatus(state, ['under_review'], 'accept');
  const resolved = resolveFor(ctx, state);
  requireActor(ctx, 'requested', receiverRoles(resolved.instrument), 'accept this request');
  const questions = screeningQuestions(resolved);
  const missing = questions.filter((q) => !state.screening.some((a) => a.questionId === q));
  if (missing.length > 0)
    throw new ConflictError(
      'screening_incomplete',
      `answer the screening questions first: ${missing.join(', ')}`,
      { missing },
    );
  const concerns = state.screening.filter((a) => a.concern).map((a) => a.questionId);
  if (concerns.length > 0)
    throw new ConflictError(
      'screening_concern',
      `the screening raised concerns (${concerns.join(', ')}); consider refusal`,
      { concerns },
    );
  const conditions = cmd.conditions ?? [];
  const issues = conditions.flatMap((c, i) =>
    c.text.trim() ? [] : [{ path: `/conditions/${i}/text`, message: 'empty condition' }],
  );
  if (issues.length > 0) throw new ValidationError('invalid conditions', issues, 'invalid_condition');
  const at = ctx.clock.now().toISOString();
  return [
    makeEvent(ctx, state.requestId, 'request_accepted', {
      conditions,
      deadlines: deadlinesStarting(
        resolved.instrument,
        'decision',
        at,
        state.urgency,
        requestedCalendar(ctx, state),
      ),
    }),
  ];
}

/** Screening applies to instruments that can lead to coercion or disclosure of evidence. */
export function screeningQuestions(resolved: ReturnType<typeof resolveFor>): string[] {
  const kind = resolved.instrument.kind;
  if (kind === 'spontaneous' || kind === 'police' || kind === 'joint' || kind === 'disclosure') return [];
  return resolved.regime.discriminationScreening.map((q) => q.id);
}
