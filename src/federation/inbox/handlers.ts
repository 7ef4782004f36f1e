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

export interface HandlerOptions {
  /**
   * What of the decrypted payload the inbox keeps. By default all of it; a type whose payload
   * is bulk content that the handler stores elsewhere, sealed (evidence chunks), keeps only its
   * facts, so the content never lies in the database in clear. The envelope as received (still
   * encrypted to this node) is kept either way.
   */
  readonly retainedPayload?: (payload: unknown) => unknown;
}

/** Message type → handler. */
export class HandlerRegistry {
  readonly #handlers = new Map<string, MessageHandler>();
  readonly #options = new Map<string, HandlerOptions>();

  register(type: string, handler: MessageHandler, options: HandlerOptions = {}): this {
    if (this.#handlers.has(type)) throw new Error(`a handler for ${type} is already registered`);
    this.#handlers.set(type, handler);
    this.#options.set(type, options);
    return this;
  }

  get(type: string): MessageHandler | undefined {
    return this.#handlers.get(type);
  }

  /** The part of a message's payload the inbox stores. */
  retained(type: string, payload: unknown): unknown {
    const retain = this.#options.get(type)?.retainedPayload;
    return retain ? retain(payload) : payload;
  }

  types(): string[] {
    return [...this.#handlers.keys()].sort();
  }
}
