import type { Clock } from '../core/clock.js';
import type { RegimeRegistry } from '../core/legal/regimes/registry.js';
import type { FederationNode } from '../federation/node/federation-node.js';
import type { Database } from '../storage/database.js';
import type { PasswordCost } from './accounts/passwords.js';
import type { Config } from './config/config.js';

/** Everything a request handler may use, built once at start-up (or by a test). */
export interface AppDeps {
  readonly config: Config;
  readonly database: Database;
  readonly clock: Clock;
  /** Lower only in tests: the cost of hashing new passwords. */
  readonly passwordCost?: PasswordCost;
  /** The regime packs; loaded from `regimes/` by buildApp when not given. */
  readonly registry?: RegimeRegistry;
  /** This node's federation; absent when the node runs without it (federation routes answer 503). */
  readonly federation?: FederationNode;
}
