/**
 * Every capability of a node, in one list: the composition root installs their messages,
 * daemons and delivery work the same way, and the protocol document lists their message types.
 */
import { RECEIPT_MESSAGE } from '../federation/inbox/receipt-messages.js';
import type { MessageType } from '../federation/messages/message-type.js';
import type { Capability } from './capability.js';
import type { DaemonOptions } from './daemon.js';
import type { AppDeps } from './deps.js';
import { alertsCapability } from './alerts/capability.js';
import { ALERT_MESSAGES } from './alerts/messages.js';
import { directoryCapability } from './directory/capability.js';
import { evidenceCapability } from './evidence/capability.js';
import { EVIDENCE_MESSAGES } from './evidence/transfer/messages.js';
import { notificationsCapability } from './notifications/capability.js';
import { requestsCapability } from './requests/capability.js';
import { REQUEST_MESSAGES } from './requests/messages.js';
import { sharingCapability } from './sharing/capability.js';
import { SHARING_MESSAGES } from './sharing/messages.js';
import { taxiiCapability } from './taxii/capability.js';

export function capabilitiesOf(deps: AppDeps, daemons: DaemonOptions): Capability[] {
  return [
    notificationsCapability(deps, daemons),
    requestsCapability(deps, daemons),
    evidenceCapability(deps),
    sharingCapability(deps, daemons),
    taxiiCapability(deps, daemons),
    directoryCapability(deps, daemons),
    alertsCapability(deps),
  ];
}

/** Every message type of the protocol, the federation's own receipt first. */
export const MESSAGE_TYPES: readonly MessageType[] = [
  RECEIPT_MESSAGE,
  ...REQUEST_MESSAGES,
  ...EVIDENCE_MESSAGES,
  ...SHARING_MESSAGES,
  ...ALERT_MESSAGES,
] as MessageType[];
