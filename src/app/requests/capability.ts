/**
 * Cooperation requests on a running node: the replication and status-query messages, and the
 * request clock (automatic expiry and lapse, escalation, deadline reminders).
 */
import type { Capability } from '../capability.js';
import type { DaemonOptions } from '../daemon.js';
import type { AppDeps } from '../deps.js';
import { requestCommandHandler, requestCommandRefusedHandler } from './receive-command.js';
import { requestEventsHandler } from './receive-events.js';
import { RequestClockDaemon } from './request-clock.js';
import { statusAnswerHandler, statusQueryHandler } from './status-query-messages.js';

export function requestsCapability(deps: AppDeps, daemons: DaemonOptions): Capability {
  const federation = deps.federation;
  const clock = new RequestClockDaemon({
    database: deps.database,
    registry: deps.registry,
    clock: deps.clock,
    escalation: { afterMinutes: deps.config.escalationMinutes, levels: 3 },
    lastCallHours: deps.config.lastCallHours,
    ...(federation ? { courier: federation } : {}),
    onError: daemons.onError('request clock pass failed'),
    ...(daemons.pollMs?.requestClock ? { pollMs: daemons.pollMs.requestClock } : {}),
  });
  if (!federation) return { name: 'requests', daemons: [clock] };
  const replication = {
    ourState: async () => federation.identity.state,
    registry: deps.registry,
    clock: deps.clock,
    courier: federation,
  };
  return {
    name: 'requests',
    messages: [
      requestEventsHandler(replication),
      requestCommandHandler(replication),
      requestCommandRefusedHandler,
      statusQueryHandler(replication),
      statusAnswerHandler,
    ],
    daemons: [clock],
  };
}
