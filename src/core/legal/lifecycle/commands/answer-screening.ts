import { ValidationError } from '../../../errors.js';
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
import type { ScreeningAnswer } from '../types.js';

export interface AnswerScreening {
  readonly type: 'answer_screening';
  readonly answers: readonly ScreeningAnswer[];
}

/** Records answers to the regime's discrimination-screening checklist (needed before acceptance). */
export function answerScreening(
  state: RequestState,
  cmd: AnswerScreening,
  ctx: CommandContext,
): readonly RequestEvent[] {
  requireStatus(state, ['received', 'under_review'], 'answer the screening of');
  const resolved = resolveFor(ctx, state);
  requireActor(ctx, 'requested', [...receiverRoles(resolved.instrument), 'dpo'], 'answer the screening');
  const known = new Set(resolved.regime.discriminationScreening.map((q) => q.id));
  const issues = cmd.answers.flatMap((a, i) => {
    if (!known.has(a.questionId))
      return [{ path: `/answers/${i}/questionId`, message: `unknown question ${a.questionId}` }];
    if (a.concern && !a.note?.trim())
      return [{ path: `/answers/${i}/note`, message: 'a concern needs a note' }];
    return [];
  });
  if (cmd.answers.length === 0) issues.push({ path: '/answers', message: 'no answers given' });
  if (issues.length > 0)
    throw new ValidationError('invalid screening answers', issues, 'invalid_screening_answer');
  return [makeEvent(ctx, state.requestId, 'screening_answered', { answers: cmd.answers })];
}
