/**
 * What a capability adds to a running node besides its commands and queries: the federation
 * messages it handles, the daemons it runs, and work to do on each delivery pass. The
 * composition root (src/node) installs every capability through this one shape.
 */
import type { MessageBinding } from '../federation/messages/message-type.js';
import type { Daemon } from './daemon.js';

export interface Capability {
  readonly name: string;
  /** Inbound message handlers (installed only on a node that runs its federation). */
  readonly messages?: readonly MessageBinding[];
  readonly daemons?: readonly Daemon[];
  /** Run at the start of every delivery pass and after every batch a peer accepts. */
  readonly onDelivery?: () => Promise<void>;
}
