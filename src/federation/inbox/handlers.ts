/**
 * What the inbox hands a message type's handler (see ../messages/): the accepted, verified
 * message. A handler writes the domain state in the inbox's transaction, so the message, its
 * effect, its receipt and the audit events commit together or not at all. A type with no
 * handler is still stored (a cooperation message is never dropped because this node does not
 * understand it yet).
 */
import type { EnvelopeHeader } from '../envelope/types.js';

/** An accepted, verified message as handlers see it. */
export interface InboundMessage {
  readonly header: EnvelopeHeader;
  readonly payload: unknown;
  /** `sha-256:…` of the compact envelope as received. */
  readonly digest: string;
  readonly envelope: string;
}
