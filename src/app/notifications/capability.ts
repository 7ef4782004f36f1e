/** Notifications on a running node: the worker that delivers queued e-mail and webhooks. */
import type { Capability } from '../capability.js';
import type { DaemonOptions } from '../daemon.js';
import type { AppDeps } from '../deps.js';
import { NotificationWorker } from './worker.js';

export function notificationsCapability(deps: AppDeps, daemons: DaemonOptions): Capability {
  return {
    name: 'notifications',
    daemons: [
      new NotificationWorker({
        database: deps.database,
        clock: deps.clock,
        mailFrom: deps.config.mailFrom,
        ...(deps.config.smtpUrl ? { smtpUrl: deps.config.smtpUrl } : {}),
        onError: daemons.onError('notification delivery pass failed'),
        ...(daemons.pollMs?.notifications ? { pollMs: daemons.pollMs.notifications } : {}),
      }),
    ],
  };
}
