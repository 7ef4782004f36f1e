import type { OffenceCharge } from '../../offences/dual-criminality.js';
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
import type { RequestItemInput } from '../types.js';

export interface AmendDraft {
  readonly type: 'amend';
  readonly fields?: Readonly<Record<string, unknown>>;
  readonly items?: readonly RequestItemInput[];
  readonly offences?: readonly OffenceCharge[];
}

/** Changes a draft before it is sent; a sent request is changed only through information requests. */
export function amendDraft(
  state: RequestState,
  cmd: AmendDraft,
  ctx: CommandContext,
): readonly RequestEvent[] {
  requireStatus(state, ['draft'], 'amend');
  requireActor(
    ctx,
    'requesting',
    [...senderRoles(resolveFor(ctx, state).instrument), 'prosecutor'],
    'amend this draft',
  );
  return [
    makeEvent(ctx, state.requestId, 'draft_amended', {
      ...(cmd.fields ? { fields: cmd.fields } : {}),
      ...(cmd.items ? { items: cmd.items } : {}),
      ...(cmd.offences ? { offences: cmd.offences } : {}),
    }),
  ];
}
