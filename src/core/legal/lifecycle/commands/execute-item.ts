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
import { ConflictError, NotFoundError } from '../../../errors.js';

export interface ExecuteItem {
  readonly type: 'execute_item';
  readonly itemId: string;
  readonly note?: string;
}

/** Marks one item executed; when no item is pending the request is executed or partially executed. */
export function executeItem(
  state: RequestState,
  cmd: ExecuteItem,
  ctx: CommandContext,
): readonly RequestEvent[] {
  requireStatus(state, ['in_execution'], 'execute an item of');
  requireActor(ctx, 'requested', receiverRoles(resolveFor(ctx, state).instrument), 'execute items');
  const item = state.items.find((i) => i.id === cmd.itemId);
  if (!item) throw new NotFoundError('item', cmd.itemId);
  if (item.status !== 'pending')
    throw new ConflictError('item_already_decided', `item ${cmd.itemId} is already ${item.status}`, {
      itemId: cmd.itemId,
    });
  return [
    makeEvent(ctx, state.requestId, 'item_executed', {
      itemId: cmd.itemId,
      ...(cmd.note ? { note: cmd.note } : {}),
    }),
  ];
}
