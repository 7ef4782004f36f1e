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
import { requireText } from '../context.js';
import type { ConsultationRecord } from '../types.js';

export interface OpenConsultation {
  readonly type: 'open_consultation';
  readonly consultationId: string;
  readonly topic: ConsultationRecord['topic'];
  readonly proposal: string;
  readonly itemIds?: readonly string[];
}

/** Opens a consultation with the requesting State (before refusing, postponing or setting conditions). */
export function openConsultation(
  state: RequestState,
  cmd: OpenConsultation,
  ctx: CommandContext,
): readonly RequestEvent[] {
  requireStatus(state, ['under_review', 'accepted', 'in_execution'], 'consult on');
  requireActor(ctx, 'requested', receiverRoles(resolveFor(ctx, state).instrument), 'open a consultation');
  const proposal = requireText(cmd.proposal, '/proposal', 'the proposal');
  if (state.consultations.some((c) => c.id === cmd.consultationId))
    throw new ConflictError('duplicate_consultation', `consultation ${cmd.consultationId} exists`);
  const itemIds = cmd.itemIds ?? [];
  const unknown = itemIds.filter((id) => !state.items.some((i) => i.id === id));
  if (unknown.length > 0)
    throw new ValidationError(
      'unknown items',
      unknown.map((id) => ({ path: '/itemIds', message: `unknown item ${id}` })),
      'unknown_item',
    );
  return [
    makeEvent(ctx, state.requestId, 'consultation_opened', {
      consultationId: cmd.consultationId,
      topic: cmd.topic,
      proposal,
      itemIds,
    }),
  ];
}
