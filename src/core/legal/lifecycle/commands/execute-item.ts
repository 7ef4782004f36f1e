import {
  type CommandContext,
  makeEvent,
  pendingItem,
  receiverRoles,
  requireActor,
  requireStatus,
  resolveFor,
} from '../context.js';
import type { RequestEvent } from '../events.js';
import type { RequestState } from '../state.js';

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
  pendingItem(state, cmd.itemId);
  return [
    makeEvent(ctx, state.requestId, 'item_executed', {
      itemId: cmd.itemId,
      ...(cmd.note ? { note: cmd.note } : {}),
    }),
  ];
}
