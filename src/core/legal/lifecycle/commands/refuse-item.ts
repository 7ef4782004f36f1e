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
import { requireText } from '../context.js';
import { checkGround } from '../grounds.js';

export interface RefuseItem {
  readonly type: 'refuse_item';
  readonly itemId: string;
  readonly ground: string;
  readonly reasons: string;
}

/** Refuses one item with a permitted ground and written reasons (partial execution). */
export function refuseItem(
  state: RequestState,
  cmd: RefuseItem,
  ctx: CommandContext,
): readonly RequestEvent[] {
  requireStatus(state, ['in_execution'], 'refuse an item of');
  const resolved = resolveFor(ctx, state);
  requireActor(ctx, 'requested', receiverRoles(resolved.instrument), 'refuse items');
  const item = state.items.find((i) => i.id === cmd.itemId);
  if (!item) throw new NotFoundError('item', cmd.itemId);
  if (item.status !== 'pending')
    throw new ConflictError('item_already_decided', `item ${cmd.itemId} is already ${item.status}`, {
      itemId: cmd.itemId,
    });
  const reasons = requireText(cmd.reasons, '/reasons', 'written reasons');
  checkGround(resolved, state, cmd.ground, 'refusal');
  return [
    makeEvent(ctx, state.requestId, 'item_refused', { itemId: cmd.itemId, ground: cmd.ground, reasons }),
  ];
}
