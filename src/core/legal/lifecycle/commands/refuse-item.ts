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
import { groundedReasons } from '../grounds.js';

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
  pendingItem(state, cmd.itemId);
  const reasons = groundedReasons(resolved, state, cmd, 'refusal');
  return [
    makeEvent(ctx, state.requestId, 'item_refused', { itemId: cmd.itemId, ground: cmd.ground, reasons }),
  ];
}
