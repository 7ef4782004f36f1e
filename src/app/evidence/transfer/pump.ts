/**
 * The evidence pump, run on every delivery pass (about once a second under `comity start`) and
 * after every batch a peer accepts: tops up outgoing windows and verifies files whose chunks are
 * all in.
 */
import { completeIncoming } from './complete-incoming.js';
import type { TransferDeps } from './deps.js';
import { pumpOutgoing } from './pump-outgoing.js';

/** One pass of the pump; exported for tests that drive it by hand. */
export async function pumpEvidenceTransfers(deps: TransferDeps): Promise<void> {
  await completeIncoming(deps);
  await pumpOutgoing(deps);
}

/** A pump that runs one pass at a time: delivery hooks fire from several peers at once. */
export function serialPump(deps: TransferDeps): () => Promise<void> {
  let chain: Promise<void> = Promise.resolve();
  return () => {
    chain = chain.catch(() => undefined).then(() => pumpEvidenceTransfers(deps));
    return chain;
  };
}
