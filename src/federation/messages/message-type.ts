/**
 * A federation message type is declared once: its wire name, what it is for, the JSON Schema of
 * its payload (TypeBox, so the payload's TypeScript type comes from the same declaration) and a
 * valid example. The inbox validates every payload against its type's schema before a handler
 * sees it; senders get the payload type checked at compile time; docs/FEDERATION.md §16 and the
 * message vectors are generated from the same declarations.
 */
import type { Static, TSchema } from 'typebox';
import type { AuditEntry } from '../../core/audit/chain.js';
import type { CommandContext } from '../../core/context.js';
import type { Tx } from '../../storage/database.js';
import type { InboundMessage } from '../inbox/handlers.js';
import type { EnqueueInput, Enqueued } from '../outbox/enqueue.js';
import type { Peer } from '../peers/peers-store.js';

export interface MessageType<S extends TSchema = TSchema> {
  /** Dotted lower-case name on the wire, e.g. `request.events`. */
  readonly type: string;
  /** Who sends it to whom, and why: one or two sentences for the protocol document. */
  readonly summary: string;
  /** The payload's schema. Unknown fields are allowed, so a later version can add optional ones. */
  readonly schema: S;
  /** A valid payload: the protocol document and the message vectors show it. */
  readonly example: Static<S>;
  /**
   * What of the payload the inbox keeps (default: all of it). A type whose payload is bulk
   * content stored elsewhere, sealed (evidence chunks), keeps only its facts.
   */
  readonly retained?: (payload: Static<S>) => unknown;
}

/** Declares a message type (an identity function that keeps the schema's static type). */
export function messageType<S extends TSchema>(definition: MessageType<S>): MessageType<S> {
  return definition;
}

/** What an inbound handler receives: the validated payload and the peer that sent it. */
export interface Inbound<P> {
  readonly tx: Tx;
  readonly message: InboundMessage;
  readonly payload: P;
  /** The authenticated sender, with the State it serves. */
  readonly peer: Peer;
  readonly ctx: CommandContext;
}

/**
 * Writes the message's effect inside the inbox transaction and returns its audit entries.
 * Throwing a DomainError refuses the message (`malformed`) and undoes only its own writes.
 */
export type InboundHandler<P> = (input: Inbound<P>) => Promise<readonly AuditEntry[] | undefined>;

/** A message type with the handler this node runs for it. */
export interface MessageBinding {
  readonly messageType: MessageType;
  readonly handle: InboundHandler<unknown>;
}

/** Binds a handler to its message type; the handler sees the payload type of the schema. */
export function on<S extends TSchema>(
  messageType: MessageType<S>,
  handle: InboundHandler<Static<S>>,
): MessageBinding {
  return { messageType, handle: handle as InboundHandler<unknown> };
}

/** The part of a federation node that sends messages: seal and queue in the caller's transaction. */
export interface Courier {
  enqueue(tx: Tx, input: EnqueueInput): Promise<Enqueued>;
  /** Signs a higher rung of the evidence ladder about a message received, and queues it back. */
  sendReceipt(
    tx: Tx,
    messageId: string,
    receiptType: 'delivered' | 'opened' | 'answered',
    about?: { readonly digest: string; readonly from: string },
  ): Promise<Enqueued>;
}

/** Queues a message of a declared type to `peer`; the payload must match the type's schema. */
export function send<S extends TSchema>(
  tx: Tx,
  courier: Courier,
  messageType: MessageType<S>,
  peer: string,
  payload: Static<S>,
  options: Omit<EnqueueInput, 'peer' | 'type' | 'payload'> = {},
): Promise<Enqueued> {
  return courier.enqueue(tx, { ...options, peer, type: messageType.type, payload });
}
