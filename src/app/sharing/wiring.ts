/** Puts incident sharing on a node's federation: the two inbox handlers. */
import type { FederationNode } from '../../federation/node/federation-node.js';
import type { SharingDeps } from './deps.js';
import { SHARING_OBJECTS, SHARING_WITHDRAWN } from './messages.js';
import { objectsHandler } from './receive-objects.js';
import { withdrawnHandler } from './receive-withdrawn.js';

export function installSharing(federation: FederationNode, deps: SharingDeps): void {
  // Handlers live on the federation node, which can outlive one app (a restarted server).
  if (federation.handlers.get(SHARING_OBJECTS)) return;
  federation.handlers
    .register(SHARING_OBJECTS, objectsHandler(deps))
    .register(SHARING_WITHDRAWN, withdrawnHandler(deps));
}
