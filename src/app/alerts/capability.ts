/** Multilateral alerts on a running node: the handlers of alerts and of answers to them. */
import type { Capability } from '../capability.js';
import type { AppDeps } from '../deps.js';
import { alertAnswerHandler, alertNoticeHandler } from './receive.js';

export function alertsCapability(deps: AppDeps): Capability {
  return {
    name: 'alerts',
    ...(deps.federation ? { messages: [alertNoticeHandler(deps.federation), alertAnswerHandler()] } : {}),
  };
}
