import type { Clock } from '../core/clock.js';
import type { RegimeRegistry } from '../core/legal/regimes/registry.js';
import type { FederationNode } from '../federation/node/federation-node.js';
import type { Database } from '../storage/database.js';
import type { PasswordCost } from './accounts/passwords.js';
import type { Config } from './config/config.js';

/**
 * What the application's commands, queries, handlers and daemons work with, assembled once by
 * the composition root (src/node) for every caller: `comity start`, the demo, tests, benchmarks.
 */
export interface AppDeps {
  readonly config: Config;
  readonly database: Database;
  readonly clock: Clock;
  /** The regime packs, validated at load. */
  readonly registry: RegimeRegistry;
  /** This node's federation; absent when the node runs without it (federation routes answer 503). */
  readonly federation?: FederationNode;
  /** Lower only in tests: the cost of hashing new passwords. */
  readonly passwordCost?: PasswordCost;
}

/**
 * The address people and peers reach this node at: the federation's (a node started on port 0
 * learns its port once it listens), else the configured public URL.
 */
export function publicUrlOf(deps: AppDeps): string {
  return deps.federation?.identity.url ?? deps.config.publicUrl;
}
