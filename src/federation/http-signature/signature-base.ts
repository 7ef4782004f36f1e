/**
 * RFC 9421 §2.5 signature base. Derived components cover what a request line carries; header
 * components use the combined field value (Headers.get joins repeated fields with ", ").
 */
import type { ReadMessage } from './message.js';
import { type InnerList, serializeInnerList } from './structured-fields.js';

/** The value of one component, or undefined when the message lacks it (signing must then fail). */
export function componentValue(message: ReadMessage, name: string): string | undefined {
  const url = message.url;
  switch (name) {
    case '@method':
      return message.method.toUpperCase();
    case '@target-uri':
      return url.href;
    case '@authority':
      return url.host.toLowerCase();
    case '@scheme':
      return url.protocol.slice(0, -1).toLowerCase();
    case '@path':
      return url.pathname;
    case '@query':
      return url.search === '' ? '?' : url.search;
    case '@request-target':
      return url.pathname + url.search;
    default: {
      if (name.startsWith('@')) return undefined; // other derived components are not supported
      const value = message.headers.get(name);
      // Obsolete line folding and surrounding whitespace are removed (RFC 9421 §2.1).
      return value === null ? undefined : value.replace(/\s*\r?\n\s*/g, ' ').trim();
    }
  }
}

/**
 * Builds the signature base for the covered components in `list` (strings without component
 * parameters); undefined when a component is missing from the message.
 */
export function signatureBase(message: ReadMessage, list: InnerList): string | undefined {
  const lines: string[] = [];
  for (const item of list.items) {
    if (typeof item.value !== 'string' || item.params.length > 0) return undefined;
    const value = componentValue(message, item.value);
    if (value === undefined) return undefined;
    lines.push(`"${item.value}": ${value}`);
  }
  lines.push(`"@signature-params": ${serializeInnerList(list)}`);
  return lines.join('\n');
}
