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
import type { TransmittedItem } from '../types.js';
import { EXECUTED_STATUSES } from '../status-groups.js';

export interface TransmitResults {
  readonly type: 'transmit_results';
  /** Each transmitted data item carries its transfer conditions (purpose, retention, onward transfer). */
  readonly items: readonly TransmittedItem[];
}

/** Sends the results of executed items, each with the conditions that follow it. */
export function transmitResults(
  state: RequestState,
  cmd: TransmitResults,
  ctx: CommandContext,
): readonly RequestEvent[] {
  requireStatus(state, EXECUTED_STATUSES, 'transmit results of');
  requireActor(ctx, 'requested', receiverRoles(resolveFor(ctx, state).instrument), 'transmit results');
  if (state.instrument === 'preservation')
    throw new ConflictError(
      'illegal_transition',
      'preserved data are disclosed through the follow-up request, not the preservation',
      {
        command: 'transmit_results',
        status: state.status,
      },
    );
  const issues = cmd.items.flatMap((t, i) => {
    const item = state.items.find((x) => x.id === t.itemId);
    if (!item) return [{ path: `/items/${i}/itemId`, message: `unknown item ${t.itemId}` }];
    if (item.status !== 'executed')
      return [{ path: `/items/${i}/itemId`, message: `item ${t.itemId} was ${item.status}, not executed` }];
    if (!t.conditions.purpose.trim())
      return [{ path: `/items/${i}/conditions/purpose`, message: 'a purpose is required' }];
    return [];
  });
  if (cmd.items.length === 0) issues.push({ path: '/items', message: 'nothing to transmit' });
  if (issues.length > 0) throw new ValidationError('invalid results', issues, 'invalid_results');
  return [makeEvent(ctx, state.requestId, 'results_transmitted', { items: cmd.items })];
}
