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

export interface DiscloseTraffic {
  readonly type: 'disclose_traffic';
  readonly providers: readonly string[];
  readonly path: string;
}

/** Art. 43 duty while preserving: disclose enough traffic data to identify another State's provider. */
export function discloseTraffic(
  state: RequestState,
  cmd: DiscloseTraffic,
  ctx: CommandContext,
): readonly RequestEvent[] {
  requireStatus(state, ['accepted', 'in_execution', 'executed'], 'disclose traffic data for');
  requireActor(ctx, 'requested', receiverRoles(resolveFor(ctx, state).instrument), 'disclose traffic data');
  if (state.instrument !== 'preservation')
    throw new ConflictError(
      'not_a_preservation',
      'traffic disclosure arises while executing a preservation request',
    );
  const providers = cmd.providers.map((p) => p.trim()).filter((p) => p);
  if (providers.length === 0 || !cmd.path.trim())
    throw new ValidationError(
      'name the provider(s) and the path',
      [{ path: '/providers', message: 'at least one provider and a path' }],
      'missing_required_field',
    );
  return [makeEvent(ctx, state.requestId, 'traffic_disclosed', { providers, path: cmd.path.trim() })];
}
