import { DomainError } from '../core/errors.js';
import type { FederationNode } from '../federation/node/federation-node.js';
import type { AppDeps } from './deps.js';

/** The node's federation, or a 503 naming why it is missing. */
export function requireFederation(deps: AppDeps): FederationNode {
  if (!deps.federation)
    throw new DomainError('federation_unavailable', 'federation is not running on this node');
  return deps.federation;
}
