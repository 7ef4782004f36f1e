import {
  type CommandContext,
  makeEvent,
  requireActor,
  requireStatus,
  resolveFor,
  senderRoles,
} from '../context.js';
import type { RequestEvent } from '../events.js';
import type { RequestState } from '../state.js';
import { ConflictError } from '../../../errors.js';
import { shiftAfterSuspension } from '../../deadlines/compute.js';
import { requestedCalendar, requireText } from '../context.js';

export interface ProvideInformation {
  readonly type: 'provide_information';
  readonly infoRequestId: string;
  readonly answer: string;
  readonly fields?: Readonly<Record<string, unknown>>;
}

/** Answers an information request; suspended deadlines resume, moved on by the time lost. */
export function provideInformation(
  state: RequestState,
  cmd: ProvideInformation,
  ctx: CommandContext,
): readonly RequestEvent[] {
  requireStatus(state, ['information_requested'], 'provide information on');
  requireActor(
    ctx,
    'requesting',
    [...senderRoles(resolveFor(ctx, state).instrument), 'prosecutor'],
    'provide information',
  );
  const open = state.informationRequests.find(
    (r) => r.id === cmd.infoRequestId && r.answeredAt === undefined,
  );
  if (!open)
    throw new ConflictError(
      'information_request_not_open',
      `no open information request ${cmd.infoRequestId}`,
      {
        infoRequestId: cmd.infoRequestId,
      },
    );
  const answer = requireText(cmd.answer, '/answer', 'the answer');
  const now = ctx.clock.now().getTime();
  const cal = requestedCalendar(ctx, state);
  const deadlineShifts = state.deadlines
    .filter((d) => d.status === 'suspended' && d.dueAt !== null && d.suspendedSince !== undefined)
    .map((d) => ({
      id: d.id,
      dueAt: new Date(
        shiftAfterSuspension(Date.parse(d.dueAt!), Date.parse(d.suspendedSince!), now, d.unit, cal),
      ).toISOString(),
    }));
  return [
    makeEvent(ctx, state.requestId, 'information_provided', {
      infoRequestId: cmd.infoRequestId,
      answer,
      deadlineShifts,
      ...(cmd.fields ? { fields: cmd.fields } : {}),
    }),
  ];
}
