/**
 * The message types this node understands, each with its schema and handler, registered once
 * when the node is assembled. The inbox asks the catalogue to check a payload before dispatch,
 * so a handler never sees a payload its schema refuses, and every refusal names the field.
 */
import { Compile } from 'typebox/compile';
import { ValidationError } from '../../core/errors.js';
import type { MessageBinding, MessageType } from './message-type.js';

interface Entry {
  readonly binding: MessageBinding;
  readonly validator: ReturnType<typeof Compile>;
}

/** Why a payload does not match its type: at most three issues, each with its path. */
export type PayloadCheck = { readonly ok: true } | { readonly ok: false; readonly detail: string };

export class MessageCatalogue {
  readonly #entries = new Map<string, Entry>();

  /** Adds bindings; a type registered twice is a wiring mistake and stops the node at start. */
  install(bindings: readonly MessageBinding[]): this {
    for (const binding of bindings) {
      const { type } = binding.messageType;
      if (this.#entries.has(type))
        throw new ValidationError(
          `message type ${type} is registered twice`,
          [],
          'message_type_registered_twice',
        );
      this.#entries.set(type, { binding, validator: Compile(binding.messageType.schema) });
    }
    return this;
  }

  has(type: string): boolean {
    return this.#entries.has(type);
  }

  binding(type: string): MessageBinding | undefined {
    return this.#entries.get(type)?.binding;
  }

  /** Checks a payload against its type's schema (a type without an entry passes: it is stored). */
  check(type: string, payload: unknown): PayloadCheck {
    const entry = this.#entries.get(type);
    if (!entry || entry.validator.Check(payload)) return { ok: true };
    const issues = [...entry.validator.Errors(payload)]
      .filter((e) => e.keyword !== 'boolean')
      .slice(0, 3)
      .map((e) => `${e.instancePath || '/'} ${e.message}`);
    return { ok: false, detail: `the ${type} payload does not match its schema: ${issues.join('; ')}` };
  }

  /** The part of a message's payload the inbox stores. */
  retained(type: string, payload: unknown): unknown {
    const retain = this.#entries.get(type)?.binding.messageType.retained;
    return retain ? retain(payload as never) : payload;
  }

  /** The registered types, sorted by name. */
  types(): MessageType[] {
    return [...this.#entries.values()]
      .map((e) => e.binding.messageType)
      .sort((a, b) => a.type.localeCompare(b.type));
  }
}
