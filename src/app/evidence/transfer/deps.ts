import type { Clock } from '../../../core/clock.js';
import { type CommandContext, SYSTEM_ACTOR } from '../../../core/context.js';
import type { RegimeRegistry } from '../../../core/legal/regimes/registry.js';
import type { EvidenceStore } from '../evidence.js';
import type { Courier } from '../../../federation/messages/message-type.js';

/** What the transfer handlers and the pump work with. */
export interface TransferDeps {
  readonly store: EvidenceStore;
  readonly courier: Courier;
  readonly clock: Clock;
  readonly registry: RegimeRegistry;
}

/** The node acting on its own (pump, verification): audited as the system. */
export const systemContext = (deps: TransferDeps): CommandContext => ({
  actor: SYSTEM_ACTOR,
  requestId: null,
  clock: deps.clock,
});
