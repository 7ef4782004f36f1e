/** What the incident and sharing commands work with, derived once from the app's dependencies. */
import type { Clock } from '../../core/clock.js';
import { DomainError } from '../../core/errors.js';
import type { Database } from '../../storage/database.js';
import type { AppDeps } from '../deps.js';
import { readNodeIdentity } from '../register/node-identity.js';
import type { Courier } from '../../federation/messages/message-type.js';

export interface SharingDeps {
  readonly database: Database;
  readonly clock: Clock;
  /** This node's id: its organisation for TLP. */
  readonly nodeId: string;
  /** The federation, when running; sharing needs it, local work does not. */
  readonly courier?: Courier;
  /** The State this node serves (its identity), or undefined before `comity setup`. */
  ourState(): Promise<string | undefined>;
}

export function sharingDepsOf(deps: AppDeps): SharingDeps {
  const federation = deps.federation;
  return {
    database: deps.database,
    clock: deps.clock,
    nodeId: federation?.nodeId ?? deps.config.nodeId,
    ...(federation ? { courier: federation } : {}),
    async ourState() {
      if (federation) return federation.identity.state;
      return (await readNodeIdentity(deps.database))?.stateCode;
    },
  };
}

export async function requireState(deps: SharingDeps): Promise<string> {
  const state = await deps.ourState();
  if (!state)
    throw new DomainError('node_identity_missing', 'this node has no identity yet: run comity setup first');
  return state;
}

export function requireCourier(deps: SharingDeps): Courier {
  if (!deps.courier)
    throw new DomainError('federation_unavailable', 'federation is not running on this node');
  return deps.courier;
}
