/** Incident sharing on a running node: its two inbox handlers and the retention pass. */
import type { Capability } from '../capability.js';
import type { DaemonOptions } from '../daemon.js';
import type { AppDeps } from '../deps.js';
import { sharingDepsOf } from './deps.js';
import { objectsHandler } from './receive-objects.js';
import { withdrawnHandler } from './receive-withdrawn.js';
import { RetentionDaemon } from './retention-daemon.js';

export function sharingCapability(deps: AppDeps, daemons: DaemonOptions): Capability {
  const sharing = sharingDepsOf(deps);
  return {
    name: 'sharing',
    messages: [objectsHandler(sharing), withdrawnHandler(sharing)],
    // Received shared objects are erased when their senders' retention period ends.
    daemons: [
      new RetentionDaemon({
        database: deps.database,
        clock: deps.clock,
        onError: daemons.onError('retention pass failed'),
        ...(daemons.pollMs?.retention ? { pollMs: daemons.pollMs.retention } : {}),
      }),
    ],
  };
}
