/** TAXII on a running node: the poller of the remote collections it subscribes to. */
import type { Capability } from '../capability.js';
import type { DaemonOptions } from '../daemon.js';
import type { AppDeps } from '../deps.js';
import { sharingDepsOf } from '../sharing/deps.js';
import { TaxiiPollerDaemon } from './subscriptions/poller-daemon.js';

export function taxiiCapability(deps: AppDeps, daemons: DaemonOptions): Capability {
  return {
    name: 'taxii',
    messages: [],
    daemons: [
      new TaxiiPollerDaemon({
        database: deps.database,
        clock: deps.clock,
        sharing: sharingDepsOf(deps),
        onError: daemons.onError('TAXII poll failed'),
        ...(daemons.pollMs?.taxii ? { pollMs: daemons.pollMs.taxii } : {}),
      }),
    ],
  };
}
