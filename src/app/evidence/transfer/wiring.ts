/**
 * Puts evidence transfer on a node's federation: the four message handlers, and the pump on the
 * delivery worker (run at the start of every pass — about once a second under `comity start` —
 * and after every batch a peer accepts), which tops up outgoing windows and verifies files
 * whose chunks are all in.
 */
import type { FederationNode } from '../../../federation/node/federation-node.js';
import { completeIncoming } from './complete-incoming.js';
import type { TransferDeps } from './deps.js';
import {
  chunkFacts,
  EVIDENCE_CHUNK,
  EVIDENCE_OFFER,
  EVIDENCE_REJECTED,
  EVIDENCE_VERIFIED,
} from './messages.js';
import { rejectedHandler, verifiedHandler } from './outcome-handlers.js';
import { pumpOutgoing } from './pump-outgoing.js';
import { chunkHandler, offerHandler } from './receive-handlers.js';

/** One pass of the pump; exported for tests that drive it by hand. */
export async function pumpEvidenceTransfers(deps: TransferDeps): Promise<void> {
  await completeIncoming(deps);
  await pumpOutgoing(deps);
}

export function installEvidenceTransfer(federation: FederationNode, deps: TransferDeps): void {
  if (federation.handlers.get(EVIDENCE_OFFER)) return;
  federation.handlers
    .register(EVIDENCE_OFFER, offerHandler(deps))
    .register(EVIDENCE_CHUNK, chunkHandler(deps), { retainedPayload: chunkFacts })
    .register(EVIDENCE_VERIFIED, verifiedHandler(deps))
    .register(EVIDENCE_REJECTED, rejectedHandler(deps));
  // One pump at a time per node: hooks fire from deliveries to several peers at once.
  let chain: Promise<void> = Promise.resolve();
  federation.worker.addHook(() => {
    chain = chain.catch(() => undefined).then(() => pumpEvidenceTransfers(deps));
    return chain;
  });
}
