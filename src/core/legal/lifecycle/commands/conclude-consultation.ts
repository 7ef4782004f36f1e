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
import { ConflictError } from '../../../errors.js';
import { requireText } from '../context.js';
import type { ConsultationRecord } from '../types.js';

export interface ConcludeConsultation {
  readonly type: 'conclude_consultation';
  readonly consultationId: string;
  readonly outcome: NonNullable<ConsultationRecord['outcome']>;
  readonly summary: string;
}

/** Records how a consultation ended; the request returns to where it was. */
export function concludeConsultation(
  state: RequestState,
  cmd: ConcludeConsultation,
  ctx: CommandContext,
): readonly RequestEvent[] {
  requireStatus(state, ['in_consultation'], 'conclude a consultation on');
  requireActor(ctx, 'requested', receiverRoles(resolveFor(ctx, state).instrument), 'conclude a consultation');
  const open = state.consultations.find((c) => c.id === cmd.consultationId && c.concludedAt === undefined);
  if (!open) throw new ConflictError('consultation_not_open', `no open consultation ${cmd.consultationId}`);
  const summary = requireText(cmd.summary, '/summary', 'the summary');
  return [
    makeEvent(ctx, state.requestId, 'consultation_concluded', {
      consultationId: cmd.consultationId,
      outcome: cmd.outcome,
      summary,
    }),
  ];
}
