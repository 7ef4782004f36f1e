/** Directories on a running node: the pass that refreshes and watches every trusted directory. */
import type { Capability } from '../capability.js';
import type { DaemonOptions } from '../daemon.js';
import type { AppDeps } from '../deps.js';
import { DirectoryDaemon } from './daemon.js';

/** Fifteen minutes: a rotation reaches every State within the hour, at one small GET per peer asked. */
const EVERY_MS = 15 * 60_000;

export function directoryCapability(deps: AppDeps, daemons: DaemonOptions): Capability {
  return {
    name: 'directories',
    daemons: [
      new DirectoryDaemon(
        deps,
        daemons.pollMs?.directories ?? EVERY_MS,
        daemons.onError('directory pass failed'),
      ),
    ],
  };
}
