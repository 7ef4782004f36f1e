/** Evidence on a running node: the four transfer messages and the pump on each delivery pass. */
import type { Capability } from '../capability.js';
import type { AppDeps } from '../deps.js';
import { evidenceStoreFor } from './store.js';
import { rejectedHandler, verifiedHandler } from './transfer/outcome-handlers.js';
import { serialPump } from './transfer/pump.js';
import { chunkHandler, offerHandler } from './transfer/receive-handlers.js';

export function evidenceCapability(deps: AppDeps): Capability {
  const federation = deps.federation;
  if (!federation) return { name: 'evidence' };
  const transfer = {
    store: evidenceStoreFor(deps),
    courier: federation,
    clock: deps.clock,
    registry: deps.registry,
  };
  return {
    name: 'evidence',
    messages: [
      offerHandler(transfer),
      chunkHandler(transfer),
      verifiedHandler(transfer),
      rejectedHandler(transfer),
    ],
    onDelivery: serialPump(transfer),
  };
}
