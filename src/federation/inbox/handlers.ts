/**
 * What the inbox does with an accepted message: a handler per message type writes the domain
 * state in the inbox's transaction, so the message, its effect, its receipt and the audit
 * events commit together or not at all. A type with no handler is still stored (a cooperation
 * message is never dropped because this node does not understand it yet).
 */
import type { AuditEntry } from '../../core/audit/chain.js';
import type { CommandContext } from '../../core/context.js';
import type { Tx } from '../../storage/database.js';
import type { EnvelopeHeader } from '../envelope/types.js';

/** An accepted, verified message as handlers see it. */
export interface InboundMessage {
  readonly header: EnvelopeHeader;
  readonly payload: unknown;
  /** `sha-256:…` of the compact envelope as received. */
  readonly digest: string;
  readonly envelope: string;
}

/**
 * Writes the message's effect inside the inbox transaction; returns the audit entries for it.
 * Throwing a DomainError refuses the message (`malformed`) and undoes only this message's writes.
 */
export type MessageHandler = (
  tx: Tx,
  message: InboundMessage,
  ctx: CommandContext,
) => Promise<readonly AuditEntry[] | undefined>;

/** Message type → handler. */
export class HandlerRegistry {
  readonly #handlers = new Map<string, MessageHandler>();

  register(type: string, handler: MessageHandler): this {
    if (this.#handlers.has(type)) throw new Error(`a handler for ${type} is already registered`);
    this.#handlers.set(type, handler);
    return this;
  }

  get(type: string): MessageHandler | undefined {
    return this.#handlers.get(type);
  }

  types(): string[] {
    return [...this.#handlers.keys()].sort();
  }
}
