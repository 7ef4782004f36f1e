/**
 * The node's own actions on a request it holds as the requested side (the signed receipt on
 * arrival, preservation expiry and lapse, escalations, a follow-up's link): decided by the legal
 * core like any action, appended to the log and sent to the requesting node in the caller's
 * transaction.
 */
import type { AuditEntry } from '../../core/audit/chain.js';
import type { Clock } from '../../core/clock.js';
import { decide, type RequestCommand } from '../../core/legal/lifecycle/decide.js';
import type { RequestEvent } from '../../core/legal/lifecycle/events.js';
import { applyEvents } from '../../core/legal/lifecycle/fold.js';
import type { RequestState } from '../../core/legal/lifecycle/state.js';
import type { RegimeRegistry } from '../../core/legal/regimes/registry.js';
import { NODE_ACTOR } from '../../core/legal/roles.js';
import type { Courier } from '../../federation/messages/message-type.js';
import type { Tx } from '../../storage/database.js';
import { appendRequestEvents } from '../../storage/requests/request-store.js';
import { shareRequestEvents } from './share-events.js';

export interface AutomaticDeps {
  readonly clock: Clock;
  readonly registry: RegimeRegistry;
  /** Absent when the node runs without federation: the events stay local. */
  readonly courier?: Courier;
}

export interface AutomaticOutcome {
  readonly events: readonly RequestEvent[];
  readonly next: RequestState;
  /** The audit entries of the messages that carry the events to the requesting node. */
  readonly shared: AuditEntry[];
}

/** Decides `command` as the node, appends its events and shares them; throws what `decide` throws. */
export async function applyAutomatic(
  tx: Tx,
  deps: AutomaticDeps,
  state: RequestState,
  command: RequestCommand,
): Promise<AutomaticOutcome> {
  const events = decide(state, command, { clock: deps.clock, registry: deps.registry, actor: NODE_ACTOR });
  const next = applyEvents(state, events);
  await appendRequestEvents(tx, state.requestId, state.version, events, next, deps.clock.now().toISOString());
  const shared = deps.courier
    ? await shareRequestEvents(tx, deps.courier, state, state.version, events, next, 'requested')
    : [];
  return { events, next, shared };
}
